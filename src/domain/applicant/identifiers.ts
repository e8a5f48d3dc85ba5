/**
 * Identifier numbers of applicants. Each check returns a Vietnamese message for the person typing,
 * or null when the value is acceptable. Values are checked after normalisation (see below).
 */

/** Removes surrounding and inner spaces: people type `001 203 012 345`. */
export function normalizePersonalId(value: string): string {
  return typeof value === 'string' ? value.replace(/\s+/g, '') : '';
}

/**
 * Personal identifier (số định danh cá nhân, printed on the citizen identity card, CCCD): 12 digits,
 * the first 3 the province code of the place of birth registration, 001–096. The old 9-digit
 * identity card (CMND) is no longer accepted.
 */
export function checkPersonalId(value: string): string | null {
  const id = normalizePersonalId(value);
  if (id === '') return 'Vui lòng nhập số định danh cá nhân (số căn cước công dân).';
  if (!/^\d{12}$/.test(id)) return 'Số định danh cá nhân phải gồm đúng 12 chữ số.';
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96) {
    return 'Ba chữ số đầu của số định danh cá nhân phải là mã tỉnh, thành phố (từ 001 đến 096).';
  }
  return null;
}

/**
 * Organisation tax code (mã số thuế): 10 digits, or 10 digits, a hyphen and 3 digits for a
 * dependent unit (branch). The check digit is not verified.
 */
export function checkTaxCode(value: string): string | null {
  const code = typeof value === 'string' ? value.trim() : '';
  if (code === '') return 'Vui lòng nhập mã số thuế.';
  if (!/^\d{10}(-\d{3})?$/.test(code)) {
    return 'Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số đối với đơn vị phụ thuộc.';
  }
  return null;
}
