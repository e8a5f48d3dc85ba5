import { performance } from 'node:perf_hooks';
import {
  type Duration,
  OFFICIAL_CALENDAR_YEARS,
  WorkingCalendar,
  computeDueDate,
  defaultCalendarDefinition,
  statutoryDaysOff,
} from '../src/domain/calendar';

/**
 * Due-date engine vs a day-by-day loop, for 30-working-day deadlines (working-time mode) on the
 * default calendar, receipts spread over 2024–2026. Goal: ≥ 20× faster; 1,000,000 due dates in a batch.
 */
const OFFSET = 7 * 3_600_000;
const DAY = 86_400_000;
const MINUTE = 60_000;
const PERIODS: [number, number][] = [[450, 690], [780, 1020]];
const THIRTY_DAYS: Duration = { value: 30, unit: 'working_days' };

/** Deterministic receipts (mulberry32), at minute precision. */
function receipts(count: number, seed = 42): Date[] {
  const first = Date.parse('2024-01-01T00:00:00+07:00');
  const span = Date.parse('2026-10-01T00:00:00+07:00') - first;
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => new Date(first + Math.floor((random() * span) / MINUTE) * MINUTE));
}

/** The usual hand-written loop: walk the days with ISO strings, add up working minutes. */
function dayByDayLoop(): (from: Date, minutes: number) => Date {
  const daysOff = new Set<string>();
  const makeUp = new Set<string>();
  for (let year = 2015; year <= 2045; year++) {
    const official = OFFICIAL_CALENDAR_YEARS[year];
    (official ? official.daysOff : statutoryDaysOff(year).daysOff).forEach((d) => daysOff.add(d));
    (official?.workingSaturdays ?? []).forEach((d) => makeUp.add(d));
  }
  const working = (midnight: number) => {
    const local = new Date(midnight + OFFSET);
    const iso = local.toISOString().slice(0, 10);
    const weekday = local.getUTCDay();
    return makeUp.has(iso) || (!daysOff.has(iso) && weekday !== 0 && weekday !== 6);
  };
  return (from, minutes) => {
    let remaining = minutes * MINUTE;
    for (let midnight = Math.floor((from.getTime() + OFFSET) / DAY) * DAY - OFFSET; ; midnight += DAY) {
      if (!working(midnight)) continue;
      for (const [start, end] of PERIODS) {
        const begin = Math.max(midnight + start * MINUTE, from.getTime());
        const length = midnight + end * MINUTE - begin;
        if (length <= 0) continue;
        if (remaining <= length) return new Date(begin + remaining);
        remaining -= length;
      }
    }
  };
}

/** The same loop with integer days and the engine's own isWorkingDay: the fastest fair day-by-day loop. */
function integerDayLoop(calendar: WorkingCalendar): (from: Date, minutes: number) => Date {
  const index = calendar.index;
  return (from, minutes) => {
    let remaining = minutes * MINUTE;
    for (let day = Math.floor((from.getTime() + OFFSET) / DAY); ; day++) {
      if (!index.isWorkingDay(day)) continue;
      const midnight = day * DAY - OFFSET;
      for (const [start, end] of PERIODS) {
        const begin = Math.max(midnight + start * MINUTE, from.getTime());
        const length = midnight + end * MINUTE - begin;
        if (length <= 0) continue;
        if (remaining <= length) return new Date(begin + remaining);
        remaining -= length;
      }
    }
  };
}

/** Nanoseconds per call of `fn` over the inputs: median of several rounds after a warm-up round. */
function nsPerCall(inputs: Date[], fn: (from: Date) => Date, rounds = 7): number {
  let sink = 0;
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now();
    for (const from of inputs) sink += fn(from).getTime() & 1;
    if (round > 0) times.push(performance.now() - start);
  }
  if (sink < 0) throw new Error('unreachable');
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return (median * 1e6) / inputs.length;
}

export async function benchCalendar(): Promise<{ name: string; value: string }[]> {
  const buildStart = performance.now();
  const calendar = WorkingCalendar.create(defaultCalendarDefinition());
  const buildMs = performance.now() - buildStart;
  const minutes = 30 * calendar.dailyWorkingMinutes;
  const naive = dayByDayLoop();
  const integerLoop = integerDayLoop(calendar);
  const engine = (from: Date) => computeDueDate(calendar, from, THIRTY_DAYS).dueAt;

  const sample = receipts(200_000);
  const smallSample = sample.slice(0, 20_000);
  for (const from of smallSample.slice(0, 2_000)) {
    const expected = engine(from).getTime();
    if (naive(from, minutes).getTime() !== expected || integerLoop(from, minutes).getTime() !== expected) {
      throw new Error(`Engine and day-by-day loop disagree for ${from.toISOString()}`);
    }
  }
  const engineNs = nsPerCall(sample, engine);
  const naiveNs = nsPerCall(smallSample, (from) => naive(from, minutes));
  const integerNs = nsPerCall(sample, (from) => integerLoop(from, minutes));

  const batch = receipts(1_000_000, 7);
  const batchStart = performance.now();
  let provisional = 0;
  for (const from of batch) if (computeDueDate(calendar, from, THIRTY_DAYS).provisional) provisional++;
  const batchMs = performance.now() - batchStart;

  return [
    { name: 'calendar.index_build_ms', value: buildMs.toFixed(1) },
    { name: 'calendar.due_date_30wd_engine_ns', value: engineNs.toFixed(0) },
    { name: 'calendar.due_date_30wd_day_loop_ns', value: naiveNs.toFixed(0) },
    { name: 'calendar.speedup_vs_day_loop', value: `${(naiveNs / engineNs).toFixed(1)}x (goal ≥ 20x)` },
    { name: 'calendar.due_date_30wd_integer_day_loop_ns', value: integerNs.toFixed(0) },
    { name: 'calendar.speedup_vs_integer_day_loop', value: `${(integerNs / engineNs).toFixed(1)}x` },
    { name: 'calendar.batch_1m_due_dates_ms', value: batchMs.toFixed(0) },
    { name: 'calendar.batch_1m_provisional', value: String(provisional) },
  ];
}
