/**
 * Vietnamese phone numbers. Accepted input: a national number starting with 0, or the country code
 * as +84 or 84 (a 0 typed after the country code is tolerated), with spaces, dots, hyphens or
 * parentheses anywhere. Normal form: the national number, digits only, e.g. `0912345678`.
 * - mobile: 10 digits, prefixes 03, 05, 07, 08, 09;
 * - landline: 11 digits, prefix 02 (area code 02x + 8 digits).
 */
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

export function normalizePhone(value: string): string | null {
  if (typeof value !== 'string') return null;
  const compact = value.trim().replace(/[\s.\-()]/g, '');
  const national = toNational(compact);
  if (national === null) return null;
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null;
}

export function checkPhone(value: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'Vui lòng nhập số điện thoại.';
  if (normalizePhone(value) !== null) return null;
  return 'Số điện thoại không hợp lệ: số di động gồm 10 chữ số (đầu số 03, 05, 07, 08, 09), số cố định gồm 11 chữ số (đầu số 02).';
}

export function isMobilePhone(value: string): boolean {
  const phone = normalizePhone(value);
  return phone !== null && MOBILE.test(phone);
}

/** The last 4 digits, the second factor of the public look-up (DOMAIN.md §7); null if invalid. */
export function phoneLastFour(value: string): string | null {
  return normalizePhone(value)?.slice(-4) ?? null;
}

function toNational(compact: string): string | null {
  const international = /^(?:\+84|84)0?(\d{9,10})$/.exec(compact);
  if (international) return `0${international[1]}`;
  return /^0\d+$/.test(compact) ? compact : null;
}
