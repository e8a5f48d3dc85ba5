import { formatDateTimeVi } from '../layout';
import type { IssuingUnit, PaperOptions } from './common';
import { headSignature, letterOpening, letterParagraph as body, renderSlip, type LetterFacts } from './slip';

/** Mẫu số 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả, from the resolving agency (addressee, receipt, signer: LetterFacts). */
export interface ApologyView extends PaperOptions, LetterFacts {
  /** The resolving agency (header, and who apologises). */
  agency: IssuingUnit;
  number?: string;
  issuedAt: Date;
  originalDueAt: Date;
  reason: string;
  newDueAt: Date;
}

export function renderApology(v: ApologyView): Promise<Buffer> {
  const title = 'Phiếu xin lỗi và hẹn lại ngày trả kết quả';
  return renderSlip(v, { unit: v.agency, title, issuedAt: v.issuedAt, number: v.number, procedureName: v.procedureName, dossierCode: v.dossierCode }, [
    ...letterOpening(v),
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
    headSignature(v),
  ]);
}
