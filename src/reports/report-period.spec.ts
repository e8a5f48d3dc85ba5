import { localPeriod, monthsOf, namedPeriod } from './report-period';

describe('report periods', () => {
  it('turns local dates into a half-open period in Vietnam time, the last day included', () => {
    const p = localPeriod('2026-10-01', '2026-10-31');
    expect(p.from.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(localPeriod('2026-10-05', '2026-10-05').to.getTime() - localPeriod('2026-10-05', '2026-10-05').from.getTime()).toBe(86_400_000);
  });

  it('rejects impossible dates, reversed and over-long periods, naming the field', () => {
    expect(() => localPeriod('2026-02-30', '2026-03-01')).toThrow('from');
    expect(() => localPeriod('2026-03-02', '2026-03-01')).toThrow('to');
    expect(() => localPeriod('2020-01-01', '2026-03-01')).toThrow('at most');
  });

  it('names months, quarters, the half-years around the 25/6 cut-off and years', () => {
    const dates = (p: { fromDate: string; toDate: string }) => [p.fromDate, p.toDate];
    expect(dates(namedPeriod('month', 2028, 2))).toEqual(['2028-02-01', '2028-02-29']);
    expect(dates(namedPeriod('quarter', 2026, 2))).toEqual(['2026-04-01', '2026-06-30']);
    expect(dates(namedPeriod('half', 2026, 1))).toEqual(['2026-01-01', '2026-06-25']);
    expect(dates(namedPeriod('half', 2026, 2))).toEqual(['2026-06-26', '2026-12-31']);
    expect(dates(namedPeriod('year', 2026))).toEqual(['2026-01-01', '2026-12-31']);
    expect(() => namedPeriod('quarter', 2026, 5)).toThrow('index');
  });

  it('splits a period into its months, clipped at both ends', () => {
    expect(monthsOf(localPeriod('2026-01-15', '2026-03-10')).map((m) => [m.month, m.fromDate, m.toDate])).toEqual([
      ['2026-01', '2026-01-15', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-10'],
    ]);
    expect(monthsOf(localPeriod('2026-12-31', '2026-12-31')).map((m) => m.month)).toEqual(['2026-12']);
  });
});
