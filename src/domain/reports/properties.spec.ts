import fc from 'fast-check';
import { DossierFacts, ReportPeriod } from './facts';
import { ON_TIME_DEFINITIONS, onTimeRate } from './on-time-rate';
import { ProcessingCounts, countFacts, processingReport } from './processing-report';

const DAY = 86_400_000;
const BASE = Date.parse('2025-06-01T00:00:00+07:00');

const offset = (minDays: number, maxDays: number) => fc.integer({ min: minDays * DAY, max: maxDays * DAY });

/** Dossiers received from 60 days before to 40 days after BASE; periods start within ±20 days of it. */
const factsArb: fc.Arbitrary<DossierFacts> = fc
  .record({
    received: offset(-60, 40),
    dueAfter: offset(0, 20),
    finishedAfter: fc.option(offset(0, 45), { nil: undefined }),
    finishedStatus: fc.constantFrom(9, 10, 3, 7, 8, undefined),
    channel: fc.constantFrom('direct', 'online', 'postal'),
    supplementRequests: fc.integer({ min: 0, max: 3 }),
    field: fc.constantFrom('F1', 'F2', 'F3'),
    procedure: fc.integer({ min: 1, max: 3 }),
  })
  .map((r) => ({
    receivedAt: new Date(BASE + r.received),
    dueAt: new Date(BASE + r.received + r.dueAfter),
    finishedAt: r.finishedAfter === undefined ? undefined : new Date(BASE + r.received + r.finishedAfter),
    finishedStatus: r.finishedAfter === undefined ? undefined : r.finishedStatus,
    channel: r.channel,
    supplementRequests: r.supplementRequests,
    fieldCode: r.field,
    procedureCode: `${r.field}-P${r.procedure}`,
  }));

const periodArb: fc.Arbitrary<ReportPeriod> = fc
  .tuple(offset(-20, 20), fc.integer({ min: 1, max: 40 * DAY }))
  .map(([start, length]) => ({ from: new Date(BASE + start), to: new Date(BASE + start + length) }));

const manyFacts = fc.array(factsArb, { maxLength: 60 });
const groupByArb = fc.constantFrom('field' as const, 'procedure' as const);

function add(a: ProcessingCounts, b: ProcessingCounts): ProcessingCounts {
  const sum = <T extends Record<string, number>>(x: T, y: T) =>
    Object.fromEntries(Object.keys(x).map((k) => [k, x[k] + y[k]])) as T;
  return {
    received: sum(a.received, b.received),
    resolved: sum(a.resolved, b.resolved),
    pending: sum(a.pending, b.pending),
    endedUnresolved: sum(a.endedUnresolved, b.endedUnresolved),
  };
}

describe('processing report properties', () => {
  it('the totals row is the sum of the group rows', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, groupByArb, (facts, period, groupBy) => {
        const report = processingReport(facts, period, groupBy);
        const summed = report.rows.reduce((acc, row) => add(acc, row), countFacts([], period));
        expect(summed).toEqual(report.totals);
      }),
    );
  });

  it('every row adds up within itself and balances', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, groupByArb, (facts, period, groupBy) => {
        const report = processingReport(facts, period, groupBy);
        for (const c of [...report.rows, report.totals]) {
          expect(c.resolved.total).toBe(c.resolved.early + c.resolved.onTime + c.resolved.late);
          expect(c.resolved.refused).toBeLessThanOrEqual(c.resolved.total);
          expect(c.endedUnresolved.late).toBeLessThanOrEqual(c.endedUnresolved.total);
          expect(c.pending.total).toBe(c.pending.onTime + c.pending.late);
          expect(c.received.inPeriod).toBe(c.received.online + c.received.directOrPostal);
          expect(c.received.total).toBe(c.received.inPeriod + c.received.carriedOver);
          expect(c.endedUnresolved.total).toBe(c.endedUnresolved.withdrawn + c.endedUnresolved.stopped);
          expect(c.received.total).toBe(c.resolved.total + c.pending.total + c.endedUnresolved.total);
        }
        for (const row of report.rows) expect(row.received.total).toBeGreaterThan(0);
      }),
    );
  });

  it('what is pending at the end of a period is carried into the next', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, offset(0, 40).filter((n) => n > 0), (facts, first, length) => {
        const second = { from: first.to, to: new Date(first.to.getTime() + length) };
        const a = processingReport(facts, first, 'field').totals;
        const b = processingReport(facts, second, 'field').totals;
        const whole = processingReport(facts, { from: first.from, to: second.to }, 'field').totals;
        expect(b.received.carriedOver).toBe(a.pending.total);
        expect(whole.received.inPeriod).toBe(a.received.inPeriod + b.received.inPeriod);
        expect(whole.resolved.total).toBe(a.resolved.total + b.resolved.total);
        expect(whole.pending).toEqual(b.pending);
      }),
    );
  });
});

describe('on-time rate properties', () => {
  const definitionArb = fc.constantFrom(...ON_TIME_DEFINITIONS);

  it('rates are in 0..1, null exactly when the denominator is 0, rounded to 4 decimals', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, definitionArb, (facts, period, definition) => {
        const r = onTimeRate(facts, period, definition);
        expect(r.definition).toBe(definition);
        expect(r.numerator).toBeLessThanOrEqual(r.denominator);
        if (r.denominator === 0) return expect(r.rate).toBeNull();
        expect(r.rate).toBeGreaterThanOrEqual(0);
        expect(r.rate).toBeLessThanOrEqual(1);
        expect(r.rate).toBe(Math.round((r.numerator / r.denominator) * 10_000) / 10_000);
      }),
    );
  });

  it('agrees with the processing report', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, (facts, period) => {
        const t = processingReport(facts, period, 'field').totals;
        const resolved = onTimeRate(facts, period, 'resolved');
        // Withdrawals and stops after the due instant stay in, as late.
        expect(resolved.denominator).toBe(t.resolved.total + t.endedUnresolved.late);
        expect(resolved.numerator).toBe(t.resolved.early + t.resolved.onTime);
        const index = onTimeRate(facts, period, 'index766');
        expect(index.denominator).toBe(t.received.total - t.endedUnresolved.total + t.endedUnresolved.late);
        expect(index.numerator).toBeLessThanOrEqual(t.resolved.early + t.resolved.onTime + t.pending.onTime);
      }),
    );
  });

  it('index766 with at most one supplement request each: on time = resolved on time + pending on time', () => {
    const fewSupplements = fc.array(factsArb.map((f) => ({ ...f, supplementRequests: Math.min(f.supplementRequests, 1) })), { maxLength: 60 });
    fc.assert(
      fc.property(fewSupplements, periodArb, (facts, period) => {
        const t = processingReport(facts, period, 'field').totals;
        expect(onTimeRate(facts, period, 'index766').numerator).toBe(t.resolved.early + t.resolved.onTime + t.pending.onTime);
      }),
    );
  });

  it('a period still running judges open dossiers at the present: never more late than at its end, the same once it is over', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, fc.double({ min: 0, max: 1.5, noNaN: true }), definitionArb, (facts, period, share, definition) => {
        const now = new Date(period.from.getTime() + Math.floor(share * (period.to.getTime() - period.from.getTime())));
        // Nothing can have happened after the present.
        const known = facts.filter((f) => f.receivedAt < now).map((f) => (f.finishedAt && f.finishedAt >= now ? { ...f, finishedAt: undefined, finishedStatus: undefined } : f));
        const atNow = processingReport(known, period, 'field', { now }).totals;
        const atEnd = processingReport(known, period, 'field').totals;
        expect(atNow.pending.total).toBe(atEnd.pending.total);
        expect(atNow.pending.late).toBeLessThanOrEqual(atEnd.pending.late);
        const rateNow = onTimeRate(known, period, definition, { now });
        const rateEnd = onTimeRate(known, period, definition);
        expect(rateNow.denominator).toBe(rateEnd.denominator);
        expect(rateNow.numerator).toBeGreaterThanOrEqual(rateEnd.numerator);
        if (now >= period.to) expect([atNow, rateNow]).toEqual([atEnd, rateEnd]);
      }),
    );
  });

  it('a second supplement request never improves a rate', () => {
    fc.assert(
      fc.property(manyFacts, periodArb, definitionArb, fc.nat(), (facts, period, definition, pick) => {
        fc.pre(facts.length > 0);
        const changed = facts.map((f, i) => (i === pick % facts.length ? { ...f, supplementRequests: 2 } : f));
        return onTimeRate(changed, period, definition).numerator <= onTimeRate(facts, period, definition).numerator;
      }),
    );
  });
});
