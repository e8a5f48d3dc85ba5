import type { Block, MarginsMm, PaperSize, RichText, Run } from '../layout';

/** Who issues the document: drives the two-column header. */
export interface IssuingUnit {
  /** Governing body, e.g. "UBND TỈNH ĐỒNG NAI" (capitals are applied anyway). */
  governingBody: string;
  /** Issuing unit, e.g. "Trung tâm Phục vụ hành chính công xã Tân Phú". */
  name: string;
  /** Place written before the date, e.g. "Tân Phú". */
  place: string;
}

/** Paper options every form accepts. */
export interface PaperOptions {
  /** Default A5 for slips, A4 for the register (and the control slip). */
  paperSize?: PaperSize;
  landscape?: boolean;
  marginsMm?: Partial<MarginsMm>;
  baseFontSize?: number;
}

export interface Applicant {
  /** Person or organisation name. */
  fullName: string;
  /** 'organisation' changes the identifier label; default 'person'. */
  kind?: 'person' | 'organisation';
  /** Personal identification number (CCCD / số định danh cá nhân) or organisation code. */
  idNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
}

export interface Officer {
  fullName?: string;
  /** Printed above the signature instead of the form's default title. */
  title?: string;
}

export function idLabel(a: Applicant): string {
  return a.kind === 'organisation' ? 'Mã số định danh tổ chức' : 'Số định danh cá nhân';
}

export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });

/** Rows: applicant name (bold), identifier, address, phone | email; absent values are left out. */
export function applicantRows(a: Applicant, nameLabel: string): Array<{ label: string; value?: RichText; pair?: { label: string; value?: RichText } }> {
  const rows: Array<{ label: string; value?: RichText; pair?: { label: string; value?: RichText } }> = [
    { label: nameLabel, value: bold(a.fullName) },
  ];
  if (a.idNumber) rows.push({ label: idLabel(a), value: nowrap(a.idNumber) });
  if (a.address) rows.push({ label: 'Địa chỉ', value: a.address });
  if (a.phone && a.email) rows.push({ label: 'Số điện thoại', value: nowrap(a.phone), pair: { label: 'Email', value: a.email } });
  else if (a.phone) rows.push({ label: 'Số điện thoại', value: nowrap(a.phone) });
  else if (a.email) rows.push({ label: 'Email', value: a.email });
  return rows;
}

export function headerBlock(unit: IssuingUnit, date: Date, number?: string, leftRatio?: number): Block {
  return { kind: 'header', governingBody: unit.governingBody, unitName: unit.name, place: unit.place, date, number, leftRatio };
}

export function pageOf(options: PaperOptions, defaults: { size: PaperSize; landscape?: boolean }) {
  return {
    size: options.paperSize ?? defaults.size,
    orientation: (options.landscape ?? defaults.landscape) ? ('landscape' as const) : ('portrait' as const),
    marginsMm: options.marginsMm,
    baseFontSize: options.baseFontSize,
  };
}

/** Joins the parts with no-break spaces so a phone or identifier number never splits across lines. */
export const nowrap = (text: string): string => text.replace(/ /g, '\u00A0');

/** "01", "02", … "12": counts are written with two digits on Vietnamese forms. */
export const count2 = (n: number): string => String(n).padStart(2, '0');
