import { checkFullName as checkName, checkPersonalId, checkPhone as checkPhoneNumber, checkTaxCode, normalizePersonalId, normalizePhone } from '../domain/applicant';

/** Glue between the DTO's raw input and the domain checks (which expect strings). */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

export function isTaxCodeLike(value: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(value.trim());
}

/** A person's 12-digit identifier, or an organisation's tax code. */
export function checkIdentifier(value: unknown): string | null {
  const text = asString(value);
  return isTaxCodeLike(text) ? checkTaxCode(text) : checkPersonalId(text);
}

export function applicantKindOf(idNumber: string): 'person' | 'organisation' {
  return isTaxCodeLike(idNumber) ? 'organisation' : 'person';
}

export function checkFullName(value: unknown): string | null {
  return checkName(asString(value));
}

export function checkPhone(value: unknown): string | null {
  return checkPhoneNumber(asString(value));
}

/** Stored in the national form (0912345678) when valid; left as typed otherwise so the check can explain. */
export function normalisePhoneInput(value: string): string {
  return normalizePhone(value) ?? value;
}

export function normaliseIdentifier(value: string): string {
  return isTaxCodeLike(value) ? value.trim() : normalizePersonalId(value);
}
