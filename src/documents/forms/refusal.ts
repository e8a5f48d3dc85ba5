import type { Applicant, IssuingUnit, Officer, PaperOptions } from './common';
import { dossierFields, renderSlip } from './slip';

/** Mẫu số 03 — Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
export interface RefusalView extends PaperOptions {
  /** The unit refusing (the counter, or the resolving agency after appraisal). */
  unit: IssuingUnit;
  number?: string;
  issuedAt: Date;
  /** The centre that received the dossier, when another body (the resolving authority) issues the form. */
  receivingUnitName?: string;
  /** When the dossier had already been registered. */
  dossierCode?: string;
  applicant: Applicant;
  procedureName: string;
  reasons: string[];
  receivingOfficer: Officer;
  /** After appraisal, the resolving authority's head signs instead of the submitter and the receiving officer. */
  head?: Officer;
}

export function renderRefusal(v: RefusalView): Promise<Buffer> {
  const title = 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ';
  return renderSlip(v, { unit: v.unit, title, issuedAt: v.issuedAt, number: v.number, procedureName: v.procedureName, dossierCode: v.dossierCode }, [
    dossierFields(v),
    {
      kind: 'paragraph',
      text: `Sau khi xem xét, đối chiếu thành phần hồ sơ với quy định hiện hành, ${v.unit.name} từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
      align: 'justify',
    },
    { kind: 'list', items: v.reasons, style: 'numbered', indentMm: 3 },
    { kind: 'paragraph', text: 'Xin thông báo để Ông/Bà được biết và thực hiện./.' },
    v.head
      ? { kind: 'signatures', columns: [{ title: v.head.title ?? '', note: '(Ký, ghi rõ họ tên và đóng dấu)', name: v.head.fullName }] }
      : {
          kind: 'signatures',
          columns: [
            { title: 'Người nộp hồ sơ', name: v.applicant.kind === 'organisation' ? undefined : v.applicant.fullName },
            { title: v.receivingOfficer.title ?? 'Người tiếp nhận hồ sơ', name: v.receivingOfficer.fullName },
          ],
        },
  ]);
}
