import { formatDateShortVi, formatDateTimeShortVi, renderDocument, type RichText } from '../layout';
import { headerBlock, nowrap, pageOf, type IssuingUnit, type PaperOptions } from './common';

export interface RegisterRow {
  /** Entry number in the book, written at receipt (default: the row's position). */
  no?: number;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  address?: string;
  phone?: string;
  resolvingAgency: string;
  receivedAt: Date;
  /** The appointment on the receipt. */
  dueAt: Date;
  /** The appointment set again by an apology, printed under the original one. */
  rescheduledDueAt?: Date;
  returnedAt?: Date;
  /** How processing ended when no result was returned ("Từ chối", "Rút hồ sơ", "Dừng giải quyết"), with its date. */
  outcome?: { label: string; at?: Date };
  /** How the result is received, already worded ("Trực tiếp", "Bưu chính công ích", "Trực tuyến"). */
  resultMethod?: string;
  /** Who signed for the result (or "Đã ký số"); blank leaves room for a handwritten signature. */
  signature?: string;
}

/** Mẫu số 07 — Sổ theo dõi hồ sơ. */
export interface RegisterView extends PaperOptions {
  unit: IssuingUnit;
  /** Period covered, shown under the title. */
  from?: Date;
  to?: Date;
  /** Book number ("Quyển số"). */
  book?: string;
  /** Printing date (also the PDF CreationDate). */
  issuedAt: Date;
  rows: RegisterRow[];
  /** Number of the first row (continuing a book); default 1. */
  firstNo?: number;
}

const stacked = (d: Date): string => formatDateTimeShortVi(d).replace(' ', '\n');

/** "Hẹn trả": the receipt's appointment, and under it the one an apology set. */
export function appointmentCell(r: Pick<RegisterRow, 'dueAt' | 'rescheduledDueAt'>): string {
  return r.rescheduledDueAt ? `${stacked(r.dueAt)}\nHẹn lại:\n${stacked(r.rescheduledDueAt)}` : stacked(r.dueAt);
}

/** "Trả kết quả": when the result was returned, or how processing ended without one. */
export function outcomeCell(r: Pick<RegisterRow, 'returnedAt' | 'outcome'>): string {
  if (r.returnedAt) return stacked(r.returnedAt);
  if (!r.outcome) return '';
  return r.outcome.at ? `${r.outcome.label}\n${formatDateShortVi(r.outcome.at)}` : r.outcome.label;
}

export function renderRegister(v: RegisterView): Promise<Buffer> {
  const first = v.firstNo ?? 1;
  const page = pageOf(v, { size: 'A4', landscape: true });
  // Eleven columns: smaller type when the sheet is upright or A5.
  const scale = page.orientation === 'landscape' && page.size === 'A4' ? 0.75 : 0.62;
  const period =
    v.from && v.to ? `Từ ngày ${formatDateShortVi(v.from)} đến ngày ${formatDateShortVi(v.to)}` : undefined;
  const subtitle: RichText[] = [
    ...(v.book ? [`Quyển số: ${v.book}`] : []),
    ...(period ? [{ text: period, italic: true }] : []),
  ];
  return renderDocument({
    page,
    info: { title: 'Sổ theo dõi hồ sơ', subject: period, author: v.unit.name, createdAt: v.issuedAt },
    blocks: [
      headerBlock(v.unit, v.issuedAt, undefined, 0.4),
      { kind: 'title', title: 'Sổ theo dõi hồ sơ', subtitle, scale: 1.15 },
      {
        kind: 'table',
        scale,
        paddingMm: 0.8,
        columnNumbers: true,
        columns: [
          { header: 'STT', weight: 1, align: 'center' },
          { header: 'Mã hồ sơ', weight: 4.5 },
          { header: 'Tên thủ tục hành chính', weight: 4.4 },
          { header: 'Tên tổ chức, cá nhân', weight: 2.8 },
          { header: 'Địa chỉ, số điện thoại', weight: 3.8 },
          { header: 'Cơ quan chủ trì giải quyết', weight: 2.6 },
          { header: 'Nhận hồ sơ', weight: 1.75, align: 'center' },
          { header: 'Hẹn trả kết quả', weight: 1.75, align: 'center' },
          { header: 'Trả kết quả', weight: 1.75, align: 'center' },
          { header: 'Phương thức nhận kết quả', weight: 2, align: 'center' },
          { header: 'Ký nhận', weight: 2, align: 'center' },
        ],
        rows: v.rows.map((r, i) => [
          String(r.no ?? first + i),
          r.dossierCode,
          r.procedureName,
          r.applicantName,
          [r.address, r.phone && `ĐT: ${nowrap(r.phone)}`].filter(Boolean).join('\n'),
          r.resolvingAgency,
          stacked(r.receivedAt),
          appointmentCell(r),
          outcomeCell(r),
          r.resultMethod ?? '',
          r.signature ?? '',
        ]),
      },
    ],
  });
}
