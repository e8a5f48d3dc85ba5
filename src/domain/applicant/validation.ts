/**
 * Checks of what applicants give at the counter. Every `check…` returns a Vietnamese message for
 * the person typing, or null when the value is acceptable; `normalize…` give the stored form.
 */
export { checkPersonalId, checkTaxCode, normalizePersonalId } from './identifiers';
export { checkPhone, isMobilePhone, normalizePhone, phoneLastFour } from './phone';
export { checkFullName, maskName, normalizeFullName } from './full-name';
