import type { Channel, DossierStatus } from '../dossier';

/** What reports need to know about one dossier; built by the reporting service from the database. */
export interface DossierFacts {
  receivedAt: Date;
  channel: Channel;
  /**
   * The original appointment as the deadline clock computes it: restarts or pauses of supplement
   * requests made within the rules are already in it (a late request moves nothing), an apology's
   * new date is not (DOMAIN.md §4, §6).
   */
  dueAt: Date;
  /** End of processing: when the dossier reached 9, or 3, 7, 8. Absent while processing goes on. */
  finishedAt?: Date;
  /** Status reached at finishedAt: 9 (or 10) resolved, 3 refused, 7 withdrawn, 8 stopped. Defaults to 9. */
  finishedStatus?: DossierStatus;
  supplementRequests: number;
  /** Working minutes spent waiting for supplements; informational, see on-time-rate.ts. */
  supplementWorkingMinutes?: number;
  fieldCode: string;
  procedureCode: string;
}

/** A report period, half-open: from ≤ t < to (e.g. 00:00 on the 1st to 00:00 on the 1st of the next month, UTC+7). */
export interface ReportPeriod {
  from: Date;
  to: Date;
}

export type EndKind = 'resolved' | 'refused' | 'withdrawn' | 'stopped';

/** How processing ended at finishedAt; throws for a status that does not end processing. */
export function endKind(facts: DossierFacts): EndKind {
  switch (facts.finishedStatus ?? 9) {
    case 9:
    case 10:
      return 'resolved';
    case 3:
      return 'refused';
    case 7:
      return 'withdrawn';
    case 8:
      return 'stopped';
    default:
      throw new RangeError(`Status ${facts.finishedStatus} does not end processing`);
  }
}

/**
 * A refusal after appraisal (form 03) is a decision on the dossier, so it is a result classed
 * early / on time / late like a resolution (DOMAIN.md §6); a withdrawal or a stop is not.
 */
export function endedWithResult(facts: DossierFacts): boolean {
  const kind = endKind(facts);
  return kind === 'resolved' || kind === 'refused';
}

/** Ended without a result (withdrawn, stopped) after the due instant: the dossier stays late. */
export function endedWithoutResultLate(facts: DossierFacts): boolean {
  return !endedWithResult(facts) && (facts.finishedAt as Date) > facts.dueAt;
}

/**
 * The instant open dossiers are judged at: the period end, or the present for a period still
 * running (a dossier not yet due is not counted late in advance).
 */
export function judgedAt(period: ReportPeriod, now?: Date): Date {
  return now && now < period.to ? now : period.to;
}

export function receivedInPeriod(facts: DossierFacts, period: ReportPeriod): boolean {
  return facts.receivedAt >= period.from && facts.receivedAt < period.to;
}

/** Kỳ trước chuyển qua: received before the period and not finished before it started. */
export function carriedOver(facts: DossierFacts, period: ReportPeriod): boolean {
  return facts.receivedAt < period.from && !endedBefore(facts, period.from);
}

/** Nhận giải quyết: received in the period or carried over into it. */
export function inScope(facts: DossierFacts, period: ReportPeriod): boolean {
  return receivedInPeriod(facts, period) || carriedOver(facts, period);
}

/** Processing ended strictly before the instant (so at `period.to` means: still pending in the period). */
export function endedBefore(facts: DossierFacts, instant: Date): boolean {
  return facts.finishedAt !== undefined && facts.finishedAt < instant;
}

export function endedInPeriod(facts: DossierFacts, period: ReportPeriod): boolean {
  return endedBefore(facts, period.to) && !endedBefore(facts, period.from);
}

export function assertValidPeriod(period: ReportPeriod): void {
  const from = period.from instanceof Date ? period.from.getTime() : NaN;
  const to = period.to instanceof Date ? period.to.getTime() : NaN;
  if (!(from < to)) throw new RangeError('A report period needs valid dates with from < to');
}

/** A fraction rounded to 4 decimals, or null for an empty denominator. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
}
