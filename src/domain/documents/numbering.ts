import { vietnamWallClock } from '../../locale';
import type { IssuedForm } from './issuer';

/**
 * Document numbers (số văn bản, Nghị định 30/2020/NĐ-CP Art. 8): a running number per issuing body
 * per calendar year, from 1 on 1 January, never reused and never derived from the dossier's daily
 * sequence, followed by the form's symbol (ký hiệu).
 */
export const DOCUMENT_SYMBOLS: Record<IssuedForm, string> = {
  receipt: 'TNHS', // Giấy tiếp nhận hồ sơ và hẹn trả kết quả
  supplement_request: 'PBS', // Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
  refusal: 'PTC', // Phiếu từ chối tiếp nhận, giải quyết hồ sơ
  apology: 'PXL', // Văn bản xin lỗi và đề nghị gia hạn
  stop_notice: 'TB-DGQ', // Thông báo dừng giải quyết hồ sơ
  withdrawal_notice: 'TB-RHS', // Thông báo về việc rút hồ sơ
};

/** The calendar year of an instant in Asia/Ho_Chi_Minh: numbering restarts at local midnight on 1 January. */
export function numberingYear(at: Date): number {
  return vietnamWallClock(at).getUTCFullYear();
}

/** What follows "Số:" — "15/PXL". */
export function formatDocumentNumber(number: number, form: IssuedForm): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`A document number is a positive integer, not ${number}`);
  return `${number}/${DOCUMENT_SYMBOLS[form]}`;
}
