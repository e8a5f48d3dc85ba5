import { renderDocument } from '../layout';
import { applicantRows, bold, headerBlock, pageOf, type Applicant, type IssuingUnit, type Officer, type PaperOptions } from './common';

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
  const contact = v.contact.phone ? `${v.contact.name}, số điện thoại ${v.contact.phone}` : v.contact.name;
  return renderDocument({
    page: pageOf(v, { size: 'A5' }),
    info: {
      title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
      subject: v.procedureName,
      author: v.unit.name,
      keywords: v.dossierCode,
      createdAt: v.issuedAt,
    },
    blocks: [
      headerBlock(v.unit, v.issuedAt, v.number),
      { kind: 'title', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', scale: 1.1 },
      {
        kind: 'fields',
        rows: [
          ...applicantRows(v.applicant, `${v.unit.name} tiếp nhận hồ sơ của`),
          ...(v.dossierCode ? [{ label: 'Mã hồ sơ', value: bold(v.dossierCode) }] : []),
          { label: 'Nội dung yêu cầu giải quyết', value: v.procedureName },
        ],
      },
      { kind: 'paragraph', text: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', afterMm: 1 },
      {
        kind: 'table',
        scale: 0.9,
        columns: [
          { header: 'STT', weight: 1, align: 'center' },
          { header: 'Giấy tờ, nội dung cần bổ sung, hoàn thiện', weight: 8 },
          { header: 'Hình thức', weight: 3.6, align: 'center' },
        ],
        rows: v.items.map((item, i) => [
          String(i + 1),
          item.note ? [item.name, { text: ` (${item.note})`, italic: true }] : item.name,
          item.form ?? '',
        ]),
      },
      { kind: 'fields', rows: [{ label: 'Lý do', value: v.reason }] },
      {
        kind: 'paragraph',
        text: `Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với ${contact} để được hướng dẫn.`,
        align: 'justify',
      },
      { kind: 'paragraph', text: `${v.unit.name} xin trân trọng cảm ơn./.` },
      {
        kind: 'signatures',
        columns: [{ title: v.guidingOfficer.title ?? 'Người hướng dẫn', name: v.guidingOfficer.fullName }],
      },
    ],
  });
}
