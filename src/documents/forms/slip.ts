import { formatDateVi, renderDocument, type Block } from '../layout';
import { applicantRows, bold, headerBlock, idLabel, pageOf, type Applicant, type IssuingUnit, type PaperOptions } from './common';

/** What every one-page slip (forms 02–05) opens with. */
export interface SlipHeading {
  unit: IssuingUnit;
  title: string;
  issuedAt: Date;
  number?: string;
  procedureName: string;
  dossierCode?: string;
}

/** Head of the agency who signs letters (Thủ trưởng cơ quan). */
export interface AgencyHead {
  /** Signing title, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" or "CHỦ TỊCH". */
  title: string;
  fullName?: string;
}

/** An A5 slip (by default): PDF metadata, the two-column header, the bold centred title, then the form's own blocks. */
export function renderSlip(paper: PaperOptions, heading: SlipHeading, blocks: Array<Block | undefined>): Promise<Buffer> {
  return renderDocument({
    page: pageOf(paper, { size: 'A5' }),
    info: { title: heading.title, subject: heading.procedureName, author: heading.unit.name, keywords: heading.dossierCode, createdAt: heading.issuedAt },
    blocks: [headerBlock(heading.unit, heading.issuedAt, heading.number), { kind: 'title', title: heading.title, scale: 1.1 }, ...blocks],
  });
}

/** The applicant, the dossier code when there is one, and what was asked for (forms 02 and 03). */
export function dossierFields(v: { unit: IssuingUnit; receivingUnitName?: string; applicant: Applicant; dossierCode?: string; procedureName: string }): Block {
  return {
    kind: 'fields',
    rows: [
      ...applicantRows(v.applicant, `${v.receivingUnitName ?? v.unit.name} tiếp nhận hồ sơ của`),
      ...(v.dossierCode ? [{ label: 'Mã hồ sơ', value: bold(v.dossierCode) }] : []),
      { label: 'Nội dung yêu cầu giải quyết', value: v.procedureName },
    ],
  };
}

/** The parts of a letter to the applicant (forms 04 and 05). */
export interface LetterFacts {
  /** "Kính gửi: …" — defaults to "Ông/Bà <applicant>". */
  addressee?: string;
  /** Unit where the dossier was received. */
  receivingUnitName: string;
  receivedAt: Date;
  procedureName: string;
  applicant: Applicant;
  dossierCode: string;
  head: AgencyHead;
  recipients?: string[];
}

export const letterParagraph = { kind: 'paragraph' as const, align: 'justify' as const, indentMm: 8 };

export function addresseeOf(v: LetterFacts): string {
  return v.addressee ?? `Ông/Bà ${v.applicant.fullName}`;
}

/** "Kính gửi: …" and "Ngày …, <unit> tiếp nhận hồ sơ đề nghị … của …, mã hồ sơ: …". */
export function letterOpening(v: LetterFacts): Block[] {
  const id = v.applicant.idNumber ? ` (${idLabel(v.applicant).toLowerCase()}: ${v.applicant.idNumber})` : '';
  return [
    { kind: 'paragraph', text: ['Kính gửi: ', { text: addresseeOf(v), bold: true }], align: 'center', afterMm: 2 },
    {
      ...letterParagraph,
      text: [
        `Ngày ${formatDateVi(v.receivedAt).replace(/^ngày /, '')}, ${v.receivingUnitName} tiếp nhận hồ sơ đề nghị ${v.procedureName} của `,
        { text: v.applicant.fullName, bold: true },
        `${id}, mã hồ sơ: `,
        { text: v.dossierCode, bold: true },
        '.',
      ],
    },
  ];
}

/** The head's signature and the "Nơi nhận" list (default: the addressee, the counter, the archive). */
export function headSignature(v: LetterFacts): Block {
  return {
    kind: 'signatures',
    columns: [{ title: v.head.title, note: '(Ký, ghi rõ họ tên và đóng dấu)', name: v.head.fullName }],
    recipients: v.recipients ?? [addresseeOf(v), 'Bộ phận Một cửa', 'Lưu: VT'],
  };
}
