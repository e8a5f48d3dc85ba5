import { classifyFinished, classifyPending } from '../on-time';
import {
  DossierFacts,
  ReportPeriod,
  assertValidPeriod,
  carriedOver,
  endKind,
  endedBefore,
  endedWithResult,
  endedWithoutResultLate,
  inScope,
  judgedAt,
  receivedInPeriod,
} from './facts';

/**
 * The processing report (Biểu 06/VPCP/KSTT, TT 01/2020/TT-VPCP), one row per field or procedure:
 * - received (số hồ sơ nhận giải quyết): total = carriedOver + online + directOrPostal, as on the
 *   form; `inPeriod` = online + directOrPostal (mới tiếp nhận) is given beside it;
 * - resolved (đã giải quyết): processing ended in the period with a result: resolved (9/10) or
 *   refused after appraisal (3, `refused` of them), by class against dueAt;
 * - pending (đang giải quyết): in scope and not ended before the period end, judged at the end (or
 *   at `now` for a period still running);
 * - endedUnresolved (kết thúc không có kết quả): withdrawn (7) or stopped (8) in the period, in their
 *   own column so every row balances: received.total = resolved + pending + endedUnresolved;
 *   `late` counts those that ended after the due instant (they stay late in the on-time rates).
 */
export type ReportGroupBy = 'field' | 'procedure';

export interface ProcessingCounts {
  received: { total: number; inPeriod: number; online: number; directOrPostal: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number; refused: number };
  pending: { total: number; onTime: number; late: number };
  endedUnresolved: { total: number; withdrawn: number; stopped: number; late: number };
}

export interface ProcessingRow extends ProcessingCounts {
  /** The field code or the procedure code, per groupBy. */
  key: string;
}

export interface ProcessingReport {
  groupBy: ReportGroupBy;
  period: ReportPeriod;
  /** Groups with at least one dossier in scope, ordered by key. */
  rows: ProcessingRow[];
  totals: ProcessingCounts;
}

export function processingReport(facts: readonly DossierFacts[], period: ReportPeriod, groupBy: ReportGroupBy, options: { now?: Date } = {}): ProcessingReport {
  assertValidPeriod(period);
  const scoped = facts.filter((f) => inScope(f, period));
  const groups = new Map<string, DossierFacts[]>();
  for (const f of scoped) {
    const key = groupBy === 'field' ? f.fieldCode : f.procedureCode;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const rows = [...groups.keys()].sort().map((key) => ({ key, ...countFacts(groups.get(key) ?? [], period, options.now) }));
  return { groupBy, period, rows, totals: countFacts(scoped, period, options.now) };
}

/** Counts for any set of dossiers; those out of scope are ignored. */
export function countFacts(facts: readonly DossierFacts[], period: ReportPeriod, now?: Date): ProcessingCounts {
  const counts = emptyCounts();
  const at = judgedAt(period, now);
  for (const f of facts) if (inScope(f, period)) addFact(counts, f, period, at);
  return counts;
}

function addFact(counts: ProcessingCounts, f: DossierFacts, period: ReportPeriod, at: Date): void {
  addReceived(counts.received, f, period);
  if (!endedBefore(f, period.to)) {
    addPending(counts.pending, f, at);
  } else if (endedWithResult(f)) {
    addResolved(counts.resolved, f);
  } else {
    addEndedUnresolved(counts.endedUnresolved, f);
  }
}

function addReceived(received: ProcessingCounts['received'], f: DossierFacts, period: ReportPeriod): void {
  received.total += 1;
  if (carriedOver(f, period)) received.carriedOver += 1;
  if (!receivedInPeriod(f, period)) return;
  received.inPeriod += 1;
  if (f.channel === 'online') received.online += 1;
  else received.directOrPostal += 1;
}

function addResolved(resolved: ProcessingCounts['resolved'], f: DossierFacts): void {
  const cls = classifyFinished(f.finishedAt as Date, f.dueAt);
  resolved.total += 1;
  if (endKind(f) === 'refused') resolved.refused += 1;
  if (cls === 'early') resolved.early += 1;
  else if (cls === 'on_time') resolved.onTime += 1;
  else resolved.late += 1;
}

function addPending(pending: ProcessingCounts['pending'], f: DossierFacts, at: Date): void {
  pending.total += 1;
  if (classifyPending(at, f.dueAt) === 'on_time') pending.onTime += 1;
  else pending.late += 1;
}

function addEndedUnresolved(ended: ProcessingCounts['endedUnresolved'], f: DossierFacts): void {
  ended.total += 1;
  if (endKind(f) === 'withdrawn') ended.withdrawn += 1;
  else ended.stopped += 1;
  if (endedWithoutResultLate(f)) ended.late += 1;
}

export function emptyCounts(): ProcessingCounts {
  return {
    received: { total: 0, inPeriod: 0, online: 0, directOrPostal: 0, carriedOver: 0 },
    resolved: { total: 0, early: 0, onTime: 0, late: 0, refused: 0 },
    pending: { total: 0, onTime: 0, late: 0 },
    endedUnresolved: { total: 0, withdrawn: 0, stopped: 0, late: 0 },
  };
}
