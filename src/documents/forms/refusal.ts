import { renderDocument } from '../layout';
import { applicantRows, bold, headerBlock, pageOf, type Applicant, type IssuingUnit, type Officer, type PaperOptions } from './common';

/** Mẫu số 03 — Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
export interface RefusalView extends PaperOptions {
  /** The unit refusing (the counter, or the resolving agency after appraisal). */
  unit: IssuingUnit;
  number?: string;
  issuedAt: Date;
  /** When the dossier had already been registered. */
  dossierCode?: string;
  applicant: Applicant;
  procedureName: string;
  reasons: string[];
  receivingOfficer: Officer;
}

export function renderRefusal(v: RefusalView): Promise<Buffer> {
  return renderDocument({
    page: pageOf(v, { size: 'A5' }),
    info: {
      title: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ',
      subject: v.procedureName,
      author: v.unit.name,
      keywords: v.dossierCode,
      createdAt: v.issuedAt,
    },
    blocks: [
      headerBlock(v.unit, v.issuedAt, v.number),
      { kind: 'title', title: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ', scale: 1.1 },
      {
        kind: 'fields',
        rows: [
          ...applicantRows(v.applicant, `${v.unit.name} tiếp nhận hồ sơ của`),
          ...(v.dossierCode ? [{ label: 'Mã hồ sơ', value: bold(v.dossierCode) }] : []),
          { label: 'Nội dung yêu cầu giải quyết', value: v.procedureName },
        ],
      },
      {
        kind: 'paragraph',
        text: `Sau khi xem xét, đối chiếu thành phần hồ sơ với quy định hiện hành, ${v.unit.name} từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
        align: 'justify',
      },
      { kind: 'list', items: v.reasons, style: 'numbered', indentMm: 3 },
      { kind: 'paragraph', text: 'Xin thông báo để Ông/Bà được biết và thực hiện./.' },
      {
        kind: 'signatures',
        columns: [
          { title: 'Người nộp hồ sơ', name: v.applicant.kind === 'organisation' ? undefined : v.applicant.fullName },
          { title: v.receivingOfficer.title ?? 'Người tiếp nhận hồ sơ', name: v.receivingOfficer.fullName },
        ],
      },
    ],
  });
}
