import { DomainError } from '../common/errors/domain-error';
import { localInstant, toLocalDate } from '../common/local-time';

/** Longest period one register print covers. */
export const MAX_REGISTER_DAYS = 400;

const DAY_MS = 86_400_000;

export interface RegisterPeriod {
  fromDate: string;
  toDate: string;
  /** 00:00 of the first day, Vietnam time. */
  from: Date;
  /** 00:00 of the last day: printed as the period's end and as the book's date (so a reprint of a period is identical). */
  lastDay: Date;
  /** 00:00 of the day after the last (exclusive bound). */
  end: Date;
}

function validDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The period of a register: local dates with `to` included; by default the current month up to today. */
export function registerPeriod(query: { from?: string; to?: string }, now: Date): RegisterPeriod {
  const today = toLocalDate(now);
  const fromDate = query.from ?? `${today.slice(0, 7)}-01`;
  const toDate = query.to ?? today;
  if (!validDate(fromDate)) throw DomainError.invalid('from', 'must be a date YYYY-MM-DD');
  if (!validDate(toDate)) throw DomainError.invalid('to', 'must be a date YYYY-MM-DD');
  if (toDate < fromDate) throw DomainError.invalid('to', 'must not be before from');
  const from = localInstant(fromDate);
  const lastDay = localInstant(toDate);
  const end = new Date(lastDay.getTime() + DAY_MS);
  if ((end.getTime() - from.getTime()) / DAY_MS > MAX_REGISTER_DAYS) {
    throw DomainError.invalid('to', `a register print covers at most ${MAX_REGISTER_DAYS} days`);
  }
  return { fromDate, toDate, from, lastDay, end };
}
