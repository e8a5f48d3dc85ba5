/**
 * QĐ 766 group 4 (Số hóa hồ sơ, 22 points): the indicators this service scores from its own records.
 * The split of the 22 points and the thresholds are settings (INDEX_766_DIGITISATION); the defaults
 * below are this project's reading, to be replaced by the province's official figures.
 */
export interface DigitisationIndicatorRule {
  maxPoints: number;
  /** The rate at which the full points are earned (0 < threshold ≤ 1). */
  threshold: number;
}

export type DigitisationIndicator = '4.1' | '4.2' | '4.3' | '4.4';

export const DEFAULT_DIGITISATION_RULES: Record<DigitisationIndicator, DigitisationIndicatorRule> = {
  /** 4.1 results issued electronically (signed PDF). */
  '4.1': { maxPoints: 6, threshold: 1 },
  /** 4.2 dossiers with documents digitised at intake. */
  '4.2': { maxPoints: 6, threshold: 1 },
  /** 4.3 documents reused from earlier dossiers instead of asked again. */
  '4.3': { maxPoints: 6, threshold: 1 },
  /** 4.4 dossiers whose applicant data was checked against a shared national database (shared_data_checks). */
  '4.4': { maxPoints: 4, threshold: 1 },
};

/** Reads "4.1=6:1,4.3=6:0.5" (points:threshold per indicator) over the defaults; a message for a bad entry. */
export function parseDigitisationRules(text: string | undefined): Record<DigitisationIndicator, DigitisationIndicatorRule> | string {
  const rules = structuredClone(DEFAULT_DIGITISATION_RULES);
  if (!text || text.trim() === '') return rules;
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = /^(4\.[1-4])=(\d+(?:\.\d+)?):(\d*(?:\.\d+)?)$/.exec(entry);
    if (!match) return `"${entry}" is not <indicator>=<points>:<threshold>, e.g. 4.1=6:1`;
    const threshold = Number(match[3]);
    if (!(threshold > 0 && threshold <= 1)) return `the threshold of ${match[1]} must be in (0, 1]`;
    rules[match[1] as DigitisationIndicator] = { maxPoints: Number(match[2]), threshold };
  }
  const total = Object.values(rules).reduce((sum, r) => sum + r.maxPoints, 0);
  if (Math.abs(total - 22) > 1e-9) return `the points of 4.1–4.4 must add up to the group's 22, got ${total}`;
  return rules;
}
