/**
 * The five levels of a citizen's satisfaction with a dossier's handling (DOMAIN.md §6: collected
 * when the result is returned), best first, as the index export's indicator 5.4 counts them.
 */
export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const;

export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

const LABELS: Record<SatisfactionLevel, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  neutral: 'Bình thường',
  dissatisfied: 'Không hài lòng',
  very_dissatisfied: 'Rất không hài lòng',
};

export function isSatisfactionLevel(value: unknown): value is SatisfactionLevel {
  return typeof value === 'string' && (SATISFACTION_LEVELS as readonly string[]).includes(value);
}

/** The Vietnamese label shown to citizens and staff. */
export function satisfactionLabel(level: SatisfactionLevel): string {
  return LABELS[level];
}

/** Counted as satisfied by QĐ 766 indicator 5.4: "rất hài lòng" or "hài lòng". */
export function isSatisfied(level: SatisfactionLevel): boolean {
  return level === 'very_satisfied' || level === 'satisfied';
}

/** Who recorded a rating: staff at the counter on the citizen's word, or the citizen on the QR page. */
export const SATISFACTION_SOURCES = ['counter', 'public'] as const;

export type SatisfactionSource = (typeof SATISFACTION_SOURCES)[number];
