import { formatDateTimeVi, renderDocument, type RichText } from '../layout';
import { applicantRows, bold, count2, headerBlock, nowrap, pageOf, type Applicant, type IssuingUnit, type Officer, type PaperOptions } from './common';

/** One document handed in with the dossier. */
export interface SubmittedDocument {
  name: string;
  /** Number of copies (printed "01 bản"). */
  copies?: number;
  /** Kind of copy, e.g. "bản chính", "bản sao có chứng thực", "bản điện tử". */
  form?: string;
}

/** Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceiptView extends PaperOptions {
  /** The receiving unit (header and "Bộ phận tiếp nhận"). */
  unit: IssuingUnit;
  /** Number of the slip ("Số: …"), e.g. "128/TNHS"; omitted when absent. */
  number?: string;
  dossierCode: string;
  applicant: Applicant;
  /** Authorised representative who brought the dossier, if any. */
  representative?: Applicant;
  /** The request: the procedure's name. */
  procedureName: string;
  documents: SubmittedDocument[];
  /** Number of sets (bộ). */
  sets: number;
  /** Legal processing time as published, e.g. "05 ngày làm việc". */
  legalTime: string;
  receivedAt: Date;
  dueAt: Date;
  /** Where the result is collected, e.g. "Bộ phận Một cửa xã Tân Phú" or "Qua dịch vụ bưu chính công ích". */
  resultCollection: string;
  /** Tracking register book and entry. */
  register?: { book?: string; entry: string };
  /** Fees, already worded ("Không", "8.000 đồng"); row left out when absent. */
  fee?: string;
  /** URL the QR code opens (carries the unguessable token). */
  trackingUrl: string;
  receivingOfficer: Officer;
  /** e.g. "Liên 1: Giao người nộp hồ sơ". */
  copyLabel?: string;
}

function documentLine(d: SubmittedDocument): string {
  const count = d.copies !== undefined ? count2(d.copies) : undefined;
  const form = d.form?.trim();
  // "01 bản chính", "02 bản sao", "01 bản" — the kind already starts with "bản" most of the time.
  const detail = form ? (count ? `${count} ${/^bản\b/i.test(form) ? form : `bản ${form}`}` : form) : count ? `${count} bản` : '';
  return detail ? `${d.name} (${detail})` : d.name;
}

export function renderReceipt(v: ReceiptView): Promise<Buffer> {
  const rep = v.representative;
  const registerText: RichText | undefined = v.register
    ? ['Vào Sổ theo dõi hồ sơ, ', v.register.book ? `quyển số: ${v.register.book}, số thứ tự: ` : 'số thứ tự: ', bold(v.register.entry), '.']
    : undefined;
  return renderDocument({
    page: pageOf(v, { size: 'A5' }),
    fit: { maxPages: 1 },
    info: {
      title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${v.dossierCode}`,
      subject: v.procedureName,
      author: v.unit.name,
      keywords: v.dossierCode,
      createdAt: v.receivedAt,
    },
    blocks: [
      headerBlock(v.unit, v.receivedAt, v.number),
      {
        kind: 'title',
        title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        scale: 1.1,
        subtitle: v.copyLabel ? [{ text: `(${v.copyLabel})`, italic: true }] : undefined,
      },
      { kind: 'qr', data: v.trackingUrl, sizeMm: 22, caption: [v.dossierCode, 'Quét mã để tra cứu hồ sơ'] },
      {
        kind: 'fields',
        rows: [
          { label: 'Mã hồ sơ', value: bold(v.dossierCode) },
          // "[receiving centre] tiếp nhận hồ sơ của: …", as worded on the official form.
          ...applicantRows(v.applicant, `${v.unit.name} tiếp nhận hồ sơ của`),
          ...(rep
            ? [
                {
                  label: 'Người được ủy quyền',
                  value: [
                    bold(rep.fullName),
                    ...(rep.idNumber ? [`; số định danh: ${nowrap(rep.idNumber)}`] : []),
                    ...(rep.phone ? [`; điện thoại: ${nowrap(rep.phone)}`] : []),
                  ],
                },
              ]
            : []),
          { label: 'Nội dung yêu cầu giải quyết', value: v.procedureName },
        ],
      },
      {
        kind: 'fields',
        numberFrom: 1,
        rows: [
          { label: 'Thành phần hồ sơ nộp gồm', items: v.documents.map(documentLine) },
          { label: 'Số lượng hồ sơ', value: `${count2(v.sets)} bộ` },
          { label: 'Thời gian giải quyết hồ sơ theo quy định', value: v.legalTime },
          { label: 'Thời gian nhận hồ sơ', value: formatDateTimeVi(v.receivedAt) },
          { label: 'Thời gian trả kết quả giải quyết hồ sơ', value: bold(formatDateTimeVi(v.dueAt)) },
          { label: 'Đăng ký nhận kết quả tại', value: v.resultCollection },
          ...(v.fee !== undefined ? [{ label: 'Phí, lệ phí', value: v.fee }] : []),
        ],
      },
      registerText ? { kind: 'paragraph', text: registerText, afterMm: 0 } : undefined,
      {
        kind: 'signatures',
        columns: [
          { title: 'Người nộp hồ sơ', name: (rep ?? v.applicant).kind === 'organisation' ? undefined : (rep ?? v.applicant).fullName },
          { title: v.receivingOfficer.title ?? 'Người tiếp nhận hồ sơ', name: v.receivingOfficer.fullName },
        ],
      },
    ],
  });
}
