import { formatDateTimeVi, formatDateVi, renderDocument } from '../layout';
import type { AgencyHead } from './apology';
import { headerBlock, idLabel, pageOf, type Applicant, type IssuingUnit, type PaperOptions } from './common';

/** Mẫu số 05 — Thông báo dừng giải quyết hồ sơ (applicant's request, NĐ 118/2025 Art. 21). */
export interface StopNoticeView extends PaperOptions {
  /** The agency that stops processing. */
  agency: IssuingUnit;
  number?: string;
  issuedAt: Date;
  /** "Kính gửi: …" — defaults to "Ông/Bà <applicant>". */
  addressee?: string;
  receivingUnitName: string;
  receivedAt: Date;
  procedureName: string;
  applicant: Applicant;
  dossierCode: string;
  /** When the applicant asked to stop. */
  requestedAt: Date;
  reason?: string;
  /** Effective time of the stop (default issuedAt). */
  stoppedAt?: Date;
  /** What happens to the documents, e.g. "Hồ sơ được trả lại tại Bộ phận Một cửa xã Tân Phú." */
  documentsReturn?: string;
  /** Legal basis line; default cites Nghị định 118/2025/NĐ-CP. */
  legalBasis?: string;
  head: AgencyHead;
  recipients?: string[];
}

export const DEFAULT_STOP_LEGAL_BASIS = 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;';

export function renderStopNotice(v: StopNoticeView): Promise<Buffer> {
  const addressee = v.addressee ?? `Ông/Bà ${v.applicant.fullName}`;
  const id = v.applicant.idNumber ? ` (${idLabel(v.applicant).toLowerCase()}: ${v.applicant.idNumber})` : '';
  const body = { kind: 'paragraph' as const, align: 'justify' as const, indentMm: 8 };
  return renderDocument({
    page: pageOf(v, { size: 'A5' }),
    info: {
      title: 'Thông báo dừng giải quyết hồ sơ',
      subject: v.procedureName,
      author: v.agency.name,
      keywords: v.dossierCode,
      createdAt: v.issuedAt,
    },
    blocks: [
      headerBlock(v.agency, v.issuedAt, v.number),
      { kind: 'title', title: 'Thông báo dừng giải quyết hồ sơ', scale: 1.1 },
      { kind: 'paragraph', text: ['Kính gửi: ', { text: addressee, bold: true }], align: 'center', afterMm: 2 },
      { ...body, text: { text: v.legalBasis ?? DEFAULT_STOP_LEGAL_BASIS, italic: true } },
      {
        ...body,
        text: [
          `Ngày ${formatDateVi(v.receivedAt).replace(/^ngày /, '')}, ${v.receivingUnitName} tiếp nhận hồ sơ đề nghị ${v.procedureName} của `,
          { text: v.applicant.fullName, bold: true },
          `${id}, mã hồ sơ: `,
          { text: v.dossierCode, bold: true },
          '.',
        ],
      },
      {
        ...body,
        text: `Ngày ${formatDateVi(v.requestedAt).replace(/^ngày /, '')}, Ông/Bà có yêu cầu dừng giải quyết hồ sơ nêu trên${v.reason ? ` với lý do: ${v.reason.replace(/\.$/, '')}` : ''}.`,
      },
      {
        ...body,
        text: [
          `${v.agency.name} thông báo dừng giải quyết hồ sơ kể từ `,
          { text: formatDateTimeVi(v.stoppedAt ?? v.issuedAt), bold: true },
          '.',
        ],
      },
      v.documentsReturn ? { ...body, text: v.documentsReturn } : undefined,
      { ...body, text: 'Xin thông báo để Ông/Bà được biết./.' },
      {
        kind: 'signatures',
        columns: [{ title: v.head.title, note: '(Ký, ghi rõ họ tên và đóng dấu)', name: v.head.fullName }],
        recipients: v.recipients ?? [addressee, 'Bộ phận Một cửa', 'Lưu: VT'],
      },
    ],
  });
}
