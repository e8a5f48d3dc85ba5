import { formatDateTimeVi, formatDateVi } from '../layout';
import type { IssuingUnit, PaperOptions } from './common';
import { headSignature, letterOpening, letterParagraph as body, renderSlip, type LetterFacts } from './slip';

/**
 * Mẫu số 05 — Thông báo dừng giải quyết hồ sơ (applicant's request, NĐ 118/2025 Art. 21). A
 * withdrawal (rút hồ sơ) is worded as one: the applicant took the dossier back, and processing ends.
 */
export interface StopNoticeView extends PaperOptions, LetterFacts {
  /** 'stop' (dừng giải quyết, default) or 'withdrawal' (rút hồ sơ). */
  ending?: 'stop' | 'withdrawal';
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

const WORDING = {
  stop: { title: 'Thông báo dừng giải quyết hồ sơ', asked: 'dừng giải quyết hồ sơ nêu trên', decided: 'thông báo dừng giải quyết hồ sơ kể từ ' },
  withdrawal: { title: 'Thông báo về việc rút hồ sơ', asked: 'rút hồ sơ nêu trên', decided: 'thông báo Ông/Bà đã rút hồ sơ; việc giải quyết hồ sơ chấm dứt kể từ ' },
};

export function renderStopNotice(v: StopNoticeView): Promise<Buffer> {
  const words = WORDING[v.ending ?? 'stop'];
  const title = words.title;
  const [addressee, receipt] = letterOpening(v);
  return renderSlip(v, { unit: v.agency, title, issuedAt: v.issuedAt, number: v.number, procedureName: v.procedureName, dossierCode: v.dossierCode }, [
    addressee,
    { ...body, text: { text: v.legalBasis ?? DEFAULT_STOP_LEGAL_BASIS, italic: true } },
    receipt,
    {
      ...body,
      text: `Ngày ${formatDateVi(v.requestedAt).replace(/^ngày /, '')}, Ông/Bà có yêu cầu ${words.asked}${v.reason ? ` với lý do: ${v.reason.replace(/\.$/, '')}` : ''}.`,
    },
    { ...body, text: [`${v.agency.name} ${words.decided}`, { text: formatDateTimeVi(v.stoppedAt ?? v.issuedAt), bold: true }, '.'] },
    v.documentsReturn ? { ...body, text: v.documentsReturn } : undefined,
    { ...body, text: 'Xin thông báo để Ông/Bà được biết./.' },
    headSignature(v),
  ]);
}
