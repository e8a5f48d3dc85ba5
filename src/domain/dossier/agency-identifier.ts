/**
 * Agency identifiers (mã định danh cơ quan) under QCVN 102:2016/BTTTT, written from the lowest
 * level to the highest and separated by dots:
 *
 *   level 4 (3 digits) . level 3 (2 digits) . level 2 (2 digits) . level 1 (a capital letter + 2 digits)
 *
 * Level 1 is the top body: `G..` a ministry or central body, `H..` a province (e.g. `H56`); zeros at
 * a lower level mean the unit sits higher up (`000.00.00.H56` is the province itself,
 * `000.00.17.H56` a unit directly under it, `000.17.22.H56` one level below that). Accepted
 * pattern: /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/. Any capital letter is accepted at level 1 (the
 * letters in use may grow); lower-case, spaces and other separators are not.
 */
const AGENCY_IDENTIFIER = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

export function isValidAgencyIdentifier(value: string): boolean {
  return typeof value === 'string' && AGENCY_IDENTIFIER.test(value);
}
