/**
 * The one-stop-shop rule set in force on a receipt date (DOMAIN.md §1). A dossier keeps the rule set
 * of its receipt, so a later change of the rules never silently moves its deadline.
 */
export interface RuleSet {
  id: string;
  inForceFrom: string;
  basis: string;
}

const RULE_SETS: readonly RuleSet[] = [
  { id: 'ND61-2018', inForceFrom: '2018-06-21', basis: 'Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP' },
  { id: 'ND118-2025', inForceFrom: '2025-07-01', basis: 'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP' },
];

/** The rule set in force on a local date (YYYY-MM-DD). */
export function ruleSetOn(date: string): RuleSet {
  const inForce = RULE_SETS.filter((set) => set.inForceFrom <= date);
  return inForce[inForce.length - 1] ?? RULE_SETS[0];
}
