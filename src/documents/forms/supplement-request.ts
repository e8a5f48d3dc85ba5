import type { Applicant, IssuingUnit, Officer, PaperOptions } from './common';
import { dossierFields, renderSlip } from './slip';

export interface SupplementItem {
  /** The document or content to supply or correct. */
  name: string;
  /** "Bản chính", "Bản sao có chứng thực", "Bản sao", "Bản điện tử"… */
  form?: string;
  note?: string;
}

/** Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequestView extends PaperOptions {
  /** The unit asking (the counter, or the resolving agency during appraisal). */
  unit: IssuingUnit;
  number?: string;
  issuedAt: Date;
  /** The centre that received the dossier, when another body (the resolving authority) issues the form. */
  receivingUnitName?: string;
  dossierCode?: string;
  applicant: Applicant;
  procedureName: string;
  items: SupplementItem[];
  reason: string;
  /** Whom the applicant contacts for guidance. */
  contact: { name: string; phone?: string };
  guidingOfficer: Officer;
}

export function renderSupplementRequest(v: SupplementRequestView): Promise<Buffer> {
  const title = 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ';
  const contact = v.contact.phone ? `${v.contact.name}, số điện thoại ${v.contact.phone}` : v.contact.name;
  return renderSlip(v, { unit: v.unit, title, issuedAt: v.issuedAt, number: v.number, procedureName: v.procedureName, dossierCode: v.dossierCode }, [
    dossierFields(v),
    { kind: 'paragraph', text: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', afterMm: 1 },
    {
      kind: 'table',
      scale: 0.9,
      columns: [
        { header: 'STT', weight: 1, align: 'center' },
        { header: 'Giấy tờ, nội dung cần bổ sung, hoàn thiện', weight: 8 },
        { header: 'Hình thức', weight: 3.6, align: 'center' },
      ],
      rows: v.items.map((item, i) => [String(i + 1), item.note ? [item.name, { text: ` (${item.note})`, italic: true }] : item.name, item.form ?? '']),
    },
    { kind: 'fields', rows: [{ label: 'Lý do', value: v.reason }] },
    { kind: 'paragraph', text: `Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với ${contact} để được hướng dẫn.`, align: 'justify' },
    { kind: 'paragraph', text: `${v.unit.name} xin trân trọng cảm ơn./.` },
    { kind: 'signatures', columns: [{ title: v.guidingOfficer.title ?? 'Người hướng dẫn', name: v.guidingOfficer.fullName }] },
  ]);
}
