import { classifyFinished, classifyPending } from '../on-time';
import {
  DossierFacts,
  ReportPeriod,
  assertValidPeriod,
  endedBefore,
  endedInPeriod,
  endedWithResult,
  endedWithoutResultLate,
  inScope,
  judgedAt,
  ratio,
} from './facts';

/**
 * On-time rates (DOMAIN.md §6). The definition differs between scorers, so every figure says which
 * one produced it. "On time" for a resolved dossier means early or on_time (finishedAt ≤ dueAt).
 * - `resolved`: dossiers that ended in the period with a result (resolved 9/10, or refused after
 *   appraisal 3); on time ÷ all of them.
 * - `due_in_period`: dossiers whose due instant falls in the period; on time if they ended with a
 *   result by then. One still pending is judged at the period end (or now, see below).
 * - `index766` (QĐ 766/QĐ-TTg, indicator 2.1): processed or still processing on time ÷ all
 *   received in or carried into the period. A pending dossier is judged with the period end as its
 *   end; more than one supplement request makes a dossier late (the law allows one). Supplement
 *   time is "subtracted" because dueAt is the deadline clock's due date, which already restarts or
 *   pauses for supplements within the rules: subtracting supplementWorkingMinutes again would count it twice.
 * How processing ended (DOMAIN.md §6): a refusal after appraisal is a result, classed like a
 * resolution; a withdrawal (7) or stop (8) leaves the figures, unless it came after the due instant:
 * then it counts as late in every definition. For a period still running (`now` before its end),
 * pending dossiers are judged at `now`, never late in advance.
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

type Judge = (f: DossierFacts, period: ReportPeriod, at: Date) => Verdict;

const JUDGES: Record<OnTimeDefinition, Judge> = {
  resolved: judgeResolved,
  due_in_period: judgeDueInPeriod,
  index766: judgeIndex766,
};

export interface OnTimeOptions {
  /** The present: open dossiers of a running period are judged at it. */
  now?: Date;
}

export function onTimeRate(facts: readonly DossierFacts[], period: ReportPeriod, definition: OnTimeDefinition, options: OnTimeOptions = {}): OnTimeRate {
  assertValidPeriod(period);
  const at = judgedAt(period, options.now);
  const judge = JUDGES[definition];
  if (!judge) throw new RangeError(`Unknown on-time definition: ${definition}`);
  let numerator = 0;
  let denominator = 0;
  for (const f of facts) {
    const verdict = judge(f, period, at);
    if (verdict === null) continue;
    denominator += 1;
    if (verdict === 'on_time') numerator += 1;
  }
  return { definition, rate: ratio(numerator, denominator), numerator, denominator };
}

function judgeResolved(f: DossierFacts, period: ReportPeriod): Verdict {
  return endedInPeriod(f, period) ? endedVerdict(f) : null;
}

function judgeDueInPeriod(f: DossierFacts, period: ReportPeriod, at: Date): Verdict {
  if (f.dueAt < period.from || f.dueAt >= period.to) return null;
  return judgeAtPeriodEnd(f, period, at);
}

function judgeIndex766(f: DossierFacts, period: ReportPeriod, at: Date): Verdict {
  if (!inScope(f, period)) return null;
  const verdict = judgeAtPeriodEnd(f, period, at);
  return verdict !== null && f.supplementRequests > 1 ? 'late' : verdict;
}

/** Ended before the period end: by how it ended; still open: judged at `at`. */
function judgeAtPeriodEnd(f: DossierFacts, period: ReportPeriod, at: Date): Verdict {
  if (!endedBefore(f, period.to)) return classifyPending(at, f.dueAt);
  return endedVerdict(f);
}

/** A result by its class; a withdrawal or stop after the due instant late; otherwise not counted. */
function endedVerdict(f: DossierFacts): Verdict {
  if (endedWithResult(f)) return classifyFinished(f.finishedAt as Date, f.dueAt) === 'late' ? 'late' : 'on_time';
  return endedWithoutResultLate(f) ? 'late' : null;
}
