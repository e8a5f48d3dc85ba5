import { classifyFinished, classifyPending } from '../on-time/classify';
import { DossierFacts, ReportPeriod, assertValidPeriod, endKind, endedBefore, endedInPeriod, inScope, ratio } from './facts';

/**
 * On-time rates (DOMAIN.md §6). The definition differs between scorers, so every figure says which
 * one produced it. "On time" for a resolved dossier means early or on_time (finishedAt ≤ dueAt).
 * - `resolved`: dossiers resolved (9/10) in the period; on time ÷ all of them.
 * - `due_in_period`: dossiers whose due instant falls in the period; on time if resolved by then.
 *   One still pending at the period end is past its due instant, so late.
 * - `index766` (QĐ 766/QĐ-TTg, indicator 2.1): processed or still processing on time ÷ all
 *   received in or carried into the period. A pending dossier is judged with the period end as its
 *   end; more than one supplement request makes a dossier late (the law allows one). Supplement
 *   time is "subtracted" because dueAt is the deadline clock's due date, which already restarts or
 *   pauses for supplements: subtracting supplementWorkingMinutes again would count it twice.
 * In every definition, dossiers refused (3), withdrawn (7) or stopped (8) before the period end are
 * left out of numerator and denominator: they are not resolutions.
 */
export type OnTimeDefinition = 'resolved' | 'due_in_period' | 'index766';

export const ON_TIME_DEFINITIONS: readonly OnTimeDefinition[] = ['resolved', 'due_in_period', 'index766'];

export interface OnTimeRate {
  definition: OnTimeDefinition;
  /** numerator ÷ denominator in 0..1, rounded to 4 decimals; null when the denominator is 0. */
  rate: number | null;
  numerator: number;
  denominator: number;
}

/** How one dossier counts: on time, late, or not at all. */
type Verdict = 'on_time' | 'late' | null;

const JUDGES: Record<OnTimeDefinition, (f: DossierFacts, period: ReportPeriod) => Verdict> = {
  resolved: judgeResolved,
  due_in_period: judgeDueInPeriod,
  index766: judgeIndex766,
};

export function onTimeRate(facts: readonly DossierFacts[], period: ReportPeriod, definition: OnTimeDefinition): OnTimeRate {
  assertValidPeriod(period);
  const judge = JUDGES[definition];
  if (!judge) throw new RangeError(`Unknown on-time definition: ${definition}`);
  let numerator = 0;
  let denominator = 0;
  for (const f of facts) {
    const verdict = judge(f, period);
    if (verdict === null) continue;
    denominator += 1;
    if (verdict === 'on_time') numerator += 1;
  }
  return { definition, rate: ratio(numerator, denominator), numerator, denominator };
}

function judgeResolved(f: DossierFacts, period: ReportPeriod): Verdict {
  if (!endedInPeriod(f, period) || endKind(f) !== 'resolved') return null;
  return finishedVerdict(f);
}

function judgeDueInPeriod(f: DossierFacts, period: ReportPeriod): Verdict {
  if (f.dueAt < period.from || f.dueAt >= period.to) return null;
  return judgeAtPeriodEnd(f, period);
}

function judgeIndex766(f: DossierFacts, period: ReportPeriod): Verdict {
  if (!inScope(f, period)) return null;
  const verdict = judgeAtPeriodEnd(f, period);
  return verdict !== null && f.supplementRequests > 1 ? 'late' : verdict;
}

/** Resolved before the period end: by finishedAt; ended otherwise: not counted; still open: judged at the end. */
function judgeAtPeriodEnd(f: DossierFacts, period: ReportPeriod): Verdict {
  if (!endedBefore(f, period.to)) return classifyPending(period.to, f.dueAt);
  return endKind(f) === 'resolved' ? finishedVerdict(f) : null;
}

function finishedVerdict(f: DossierFacts): Verdict {
  return classifyFinished(f.finishedAt as Date, f.dueAt) === 'late' ? 'late' : 'on_time';
}
