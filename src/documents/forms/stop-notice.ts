import { formatDateTimeVi, formatDateVi } from '../layout';
import type { IssuingUnit, PaperOptions } from './common';
import { headSignature, letterOpening, letterParagraph as body, renderSlip, type LetterFacts } from './slip';

/** Mẫu số 05 — Thông báo dừng giải quyết hồ sơ (applicant's request, NĐ 118/2025 Art. 21). */
export interface StopNoticeView extends PaperOptions, LetterFacts {
  /** The agency that stops processing. */
  agency: IssuingUnit;
  number?: string;
  issuedAt: Date;
  /** When the applicant asked to stop. */
  requestedAt: Date;
  reason?: string;
  /** Effective time of the stop (default issuedAt). */
  stoppedAt?: Date;
  /** What happens to the documents, e.g. "Hồ sơ được trả lại tại Bộ phận Một cửa xã Tân Phú." */
  documentsReturn?: string;
  /** Legal basis line; default cites Nghị định 118/2025/NĐ-CP. */
  legalBasis?: string;
}

export const DEFAULT_STOP_LEGAL_BASIS = 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;';

export function renderStopNotice(v: StopNoticeView): Promise<Buffer> {
  const title = 'Thông báo dừng giải quyết hồ sơ';
  const [addressee, receipt] = letterOpening(v);
  return renderSlip(v, { unit: v.agency, title, issuedAt: v.issuedAt, number: v.number, procedureName: v.procedureName, dossierCode: v.dossierCode }, [
    addressee,
    { ...body, text: { text: v.legalBasis ?? DEFAULT_STOP_LEGAL_BASIS, italic: true } },
    receipt,
    {
      ...body,
      text: `Ngày ${formatDateVi(v.requestedAt).replace(/^ngày /, '')}, Ông/Bà có yêu cầu dừng giải quyết hồ sơ nêu trên${v.reason ? ` với lý do: ${v.reason.replace(/\.$/, '')}` : ''}.`,
    },
    { ...body, text: [`${v.agency.name} thông báo dừng giải quyết hồ sơ kể từ `, { text: formatDateTimeVi(v.stoppedAt ?? v.issuedAt), bold: true }, '.'] },
    v.documentsReturn ? { ...body, text: v.documentsReturn } : undefined,
    { ...body, text: 'Xin thông báo để Ông/Bà được biết./.' },
    headSignature(v),
  ]);
}
