import { formatDateTimeVi } from '../layout';
import type { IssuingUnit, PaperOptions } from './common';
import { headSignature, letterOpening, letterParagraph as body, renderSlip, type LetterFacts } from './slip';

/**
 * Mẫu số 04 (TT 03/2025/TT-VPCP) — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, from
 * the resolving authority (addressee, receipt, signer: LetterFacts). The 2018 form was the "Phiếu
 * xin lỗi và hẹn lại ngày trả kết quả".
 */
export interface ApologyView extends PaperOptions, LetterFacts {
  /** The resolving authority (header, and who apologises). */
  agency: IssuingUnit;
  number?: string;
  issuedAt: Date;
  originalDueAt: Date;
  reason: string;
  newDueAt: Date;
}

export const APOLOGY_TITLE = 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết';

export function renderApology(v: ApologyView): Promise<Buffer> {
  const you = v.applicant.kind === 'organisation' ? 'Quý tổ chức' : 'Ông/Bà';
  return renderSlip(v, { unit: v.agency, title: APOLOGY_TITLE, issuedAt: v.issuedAt, number: v.number, procedureName: v.procedureName, dossierCode: v.dossierCode }, [
    ...letterOpening(v),
    { ...body, text: ['Thời hạn giải quyết hồ sơ theo giấy hẹn: ', { text: formatDateTimeVi(v.originalDueAt), bold: true }, '.'] },
    { ...body, text: [`Tuy nhiên, đến nay ${v.agency.name} chưa giải quyết xong hồ sơ của ${you}. Lý do: `, v.reason.replace(/\.?$/, '.')] },
    {
      ...body,
      text: [
        `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ${you}. ${v.agency.name} trân trọng xin lỗi ${you} và đề nghị gia hạn thời gian giải quyết hồ sơ đến `,
        { text: formatDateTimeVi(v.newDueAt), bold: true },
        '.',
      ],
    },
    { ...body, text: `Rất mong nhận được sự thông cảm của ${you}./.` },
    headSignature(v),
  ]);
}
