import { formatDateTimeVi, formatDateVi, renderDocument } from '../layout';
import { headerBlock, idLabel, pageOf, type Applicant, type IssuingUnit, type PaperOptions } from './common';

/** Head of the agency who signs letters (Thủ trưởng cơ quan). */
export interface AgencyHead {
  /** Signing title, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" or "CHỦ TỊCH". */
  title: string;
  fullName?: string;
}

/** Mẫu số 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả, from the resolving agency. */
export interface ApologyView extends PaperOptions {
  /** The resolving agency (header, and who apologises). */
  agency: IssuingUnit;
  number?: string;
  issuedAt: Date;
  /** "Kính gửi: …" — defaults to "Ông/Bà <applicant>". */
  addressee?: string;
  /** Unit where the dossier was received. */
  receivingUnitName: string;
  receivedAt: Date;
  procedureName: string;
  applicant: Applicant;
  dossierCode: string;
  originalDueAt: Date;
  reason: string;
  newDueAt: Date;
  head: AgencyHead;
  /** "Nơi nhận" lines; default: the addressee and the archive. */
  recipients?: string[];
}

export function renderApology(v: ApologyView): Promise<Buffer> {
  const addressee = v.addressee ?? `Ông/Bà ${v.applicant.fullName}`;
  const id = v.applicant.idNumber ? ` (${idLabel(v.applicant).toLowerCase()}: ${v.applicant.idNumber})` : '';
  const body = { kind: 'paragraph' as const, align: 'justify' as const, indentMm: 8 };
  return renderDocument({
    page: pageOf(v, { size: 'A5' }),
    info: {
      title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
      subject: v.procedureName,
      author: v.agency.name,
      keywords: v.dossierCode,
      createdAt: v.issuedAt,
    },
    blocks: [
      headerBlock(v.agency, v.issuedAt, v.number),
      { kind: 'title', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', scale: 1.1 },
      { kind: 'paragraph', text: [{ text: 'Kính gửi: ', bold: false }, { text: addressee, bold: true }], align: 'center', afterMm: 2 },
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
      { ...body, text: ['Thời gian hẹn trả kết quả giải quyết hồ sơ: ', { text: formatDateTimeVi(v.originalDueAt), bold: true }, '.'] },
      { ...body, text: `Tuy nhiên đến nay, ${v.agency.name} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà.` },
      { ...body, text: ['Lý do: ', v.reason.replace(/\.?$/, '.')] },
      {
        ...body,
        text: [
          `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho Ông/Bà. ${v.agency.name} xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả giải quyết hồ sơ vào `,
          { text: formatDateTimeVi(v.newDueAt), bold: true },
          '.',
        ],
      },
      { ...body, text: 'Xin trân trọng cảm ơn./.' },
      {
        kind: 'signatures',
        columns: [{ title: v.head.title, note: '(Ký, ghi rõ họ tên và đóng dấu)', name: v.head.fullName }],
        recipients: v.recipients ?? [addressee, 'Bộ phận Một cửa', 'Lưu: VT'],
      },
    ],
  });
}
