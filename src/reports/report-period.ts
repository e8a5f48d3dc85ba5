import { DomainError } from '../common/errors/domain-error';
import { localInstant } from '../common/local-time';
import type { ReportPeriod } from '../domain/reports';

/**
 * Report periods. Callers give local dates (YYYY-MM-DD, Asia/Ho_Chi_Minh) with `to` included; the
 * domain works on half-open instants [00:00 of `from`, 00:00 of the day after `to`).
 */
export interface LocalPeriod extends ReportPeriod {
  /** First day, YYYY-MM-DD. */
  fromDate: string;
  /** Last day (included), YYYY-MM-DD. */
  toDate: string;
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

/** Longest period one request may cover (a little over two years, for year-on-year comparisons). */
export const MAX_PERIOD_DAYS = 800;

/**
 * The first half-year report closes on 25 June (the seeds' 6-month cut-off): half 1 is 1/1–25/6, half 2
 * is 26/6–31/12. Any other cut-off is a plain from/to.
 */
export const HALF_YEAR_CUTOFF = '06-25';

const DAY_MS = 86_400_000;

export function localPeriod(fromDate: string, toDate: string): LocalPeriod {
  if (!isDate(fromDate)) throw DomainError.invalid('from', 'must be a date YYYY-MM-DD');
  if (!isDate(toDate)) throw DomainError.invalid('to', 'must be a date YYYY-MM-DD');
  if (toDate < fromDate) throw DomainError.invalid('to', 'must not be before from');
  const from = localInstant(fromDate);
  const to = new Date(localInstant(toDate).getTime() + DAY_MS);
  if ((to.getTime() - from.getTime()) / DAY_MS > MAX_PERIOD_DAYS) {
    throw DomainError.invalid('to', `a report covers at most ${MAX_PERIOD_DAYS} days`);
  }
  return { from, to, fromDate, toDate };
}

/** month 1–12, quarter 1–4, half 1–2, year (index ignored). */
export function namedPeriod(kind: PeriodKind, year: number, index = 1): LocalPeriod {
  const y = String(year).padStart(4, '0');
  const limit = { month: 12, quarter: 4, half: 2, year: 1 }[kind];
  if (!Number.isInteger(index) || index < 1 || index > limit) throw DomainError.invalid('index', `must be between 1 and ${limit} for ${kind}`);
  switch (kind) {
    case 'month':
      return localPeriod(`${y}-${two(index)}-01`, lastDayOfMonth(year, index));
    case 'quarter':
      return localPeriod(`${y}-${two(index * 3 - 2)}-01`, lastDayOfMonth(year, index * 3));
    case 'half':
      return index === 1 ? localPeriod(`${y}-01-01`, `${y}-${HALF_YEAR_CUTOFF}`) : localPeriod(nextDay(`${y}-${HALF_YEAR_CUTOFF}`), `${y}-12-31`);
    case 'year':
      return localPeriod(`${y}-01-01`, `${y}-12-31`);
  }
}

/** The calendar months the period touches, each clipped to the period: the byMonth series. */
export function monthsOf(period: LocalPeriod): Array<LocalPeriod & { month: string }> {
  const months: Array<LocalPeriod & { month: string }> = [];
  let start = period.fromDate;
  while (start <= period.toDate) {
    const [year, month] = start.split('-').map(Number);
    const end = minDate(lastDayOfMonth(year, month), period.toDate);
    months.push({ ...localPeriod(start, end), month: start.slice(0, 7) });
    start = nextDay(end);
  }
  return months;
}

/** The year a period is scored in (PAR rubrics are per year): the year of its last day. */
export function periodYear(period: LocalPeriod): number {
  return Number(period.toDate.slice(0, 4));
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function lastDayOfMonth(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(last)}`;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
