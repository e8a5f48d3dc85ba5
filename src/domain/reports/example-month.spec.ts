import { DossierFacts, ReportPeriod } from './facts';
import { onTimeRate } from './on-time-rate';
import { emptyCounts, processingReport } from './processing-report';
import { indexPoints, parScore } from './scoring';
import { EXAMPLE_PAR_RUBRIC, INDEX_766_INDICATORS } from './rubrics';

/**
 * A hand-counted month: June 2025 in Vietnam, [2025-06-01 00:00, 2025-07-01 00:00) at UTC+7.
 * Fields: HT (hộ tịch) with procedures HT-KS (khai sinh) and HT-KH (kết hôn); CT (chứng thực) with
 * CT-BS (bản sao). Every expected number below was counted by hand from the list, not computed.
 */
const june: ReportPeriod = { from: vn('2025-06-01 00:00'), to: vn('2025-07-01 00:00') };

function vn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}

function fact(procedureCode: string, f: Partial<DossierFacts> & Pick<DossierFacts, 'receivedAt' | 'dueAt'>): DossierFacts {
  return { channel: 'direct', supplementRequests: 0, fieldCode: procedureCode.slice(0, 2), procedureCode, ...f };
}

const facts: Record<string, DossierFacts> = {
  // Out of scope: resolved in May.
  A: fact('HT-KS', { receivedAt: vn('2025-05-20 09:00'), dueAt: vn('2025-05-27 17:00'), finishedAt: vn('2025-05-26 10:00'), finishedStatus: 9 }),
  // Carried over, resolved the day before its due day: early.
  B: fact('HT-KS', { channel: 'online', receivedAt: vn('2025-05-28 09:00'), dueAt: vn('2025-06-03 17:00'), finishedAt: vn('2025-06-02 10:00') }),
  // Carried over, resolved on the due day before the due hour: on time.
  C: fact('HT-KH', { receivedAt: vn('2025-05-30 09:00'), dueAt: vn('2025-06-05 17:00'), finishedAt: vn('2025-06-05 16:00'), finishedStatus: 9 }),
  // Carried over, resolved two days after the due date: late.
  D: fact('CT-BS', { channel: 'postal', receivedAt: vn('2025-05-29 09:00'), dueAt: vn('2025-06-02 17:00'), finishedAt: vn('2025-06-04 09:00'), finishedStatus: 9 }),
  // Received online in June, resolved exactly at the due instant: on time.
  E: fact('HT-KS', { channel: 'online', receivedAt: vn('2025-06-02 08:00'), dueAt: vn('2025-06-04 17:00'), finishedAt: vn('2025-06-04 17:00'), finishedStatus: 9 }),
  // Received in person, resolved a day early.
  F: fact('HT-KS', { receivedAt: vn('2025-06-10 08:00'), dueAt: vn('2025-06-12 17:00'), finishedAt: vn('2025-06-11 15:00'), finishedStatus: 9 }),
  // Received online, still open, due 27 June: pending and late at the period end.
  G: fact('HT-KH', { channel: 'online', receivedAt: vn('2025-06-20 08:00'), dueAt: vn('2025-06-27 17:00') }),
  // Received in person, still open, due 2 July: pending on time.
  H: fact('HT-KH', { receivedAt: vn('2025-06-25 08:00'), dueAt: vn('2025-07-02 17:00') }),
  // Received by post, resolved only on 2 July: still pending at the period end, late.
  I: fact('CT-BS', { channel: 'postal', receivedAt: vn('2025-06-26 08:00'), dueAt: vn('2025-06-27 17:00'), finishedAt: vn('2025-07-02 09:00'), finishedStatus: 9 }),
  // Received in person, withdrawn the next day.
  J: fact('CT-BS', { receivedAt: vn('2025-06-15 08:00'), dueAt: vn('2025-06-18 17:00'), finishedAt: vn('2025-06-16 09:00'), finishedStatus: 7 }),
  // Received in May, still open, long overdue: carried over, pending late.
  K: fact('HT-KS', { receivedAt: vn('2025-05-15 08:00'), dueAt: vn('2025-05-22 17:00') }),
  // Received at the period end instant: out of scope (the period is half-open).
  L: fact('HT-KS', { receivedAt: vn('2025-07-01 00:00'), dueAt: vn('2025-07-03 17:00') }),
  // Received online, refused after appraisal.
  M: fact('HT-KS', { channel: 'online', receivedAt: vn('2025-06-03 08:00'), dueAt: vn('2025-06-10 17:00'), finishedAt: vn('2025-06-09 09:00'), finishedStatus: 3 }),
  // Received one minute before the period, returned (10) on its due day; two supplement requests.
  N: fact('HT-KS', { receivedAt: vn('2025-05-31 23:59'), dueAt: vn('2025-06-06 17:00'), finishedAt: vn('2025-06-06 09:00'), finishedStatus: 10, supplementRequests: 2 }),
  // Received in person, one supplement request, resolved on its due day: on time everywhere.
  O: fact('CT-BS', { receivedAt: vn('2025-06-05 08:00'), dueAt: vn('2025-06-06 17:00'), finishedAt: vn('2025-06-06 14:00'), finishedStatus: 9, supplementRequests: 1 }),
  // Stopped in May although due in June: out of scope, and excluded from due_in_period.
  P: fact('HT-KH', { channel: 'online', receivedAt: vn('2025-05-25 08:00'), dueAt: vn('2025-06-03 17:00'), finishedAt: vn('2025-05-31 23:00'), finishedStatus: 8 }),
  // Finished exactly at the period start: carried over (not finished before it started), late.
  Q: fact('HT-KS', { receivedAt: vn('2025-05-26 08:00'), dueAt: vn('2025-05-30 17:00'), finishedAt: vn('2025-06-01 00:00'), finishedStatus: 9 }),
};
const all = Object.values(facts);

describe('processing report, June 2025 by hand', () => {
  it('totals', () => {
    const report = processingReport(all, june, 'field');
    expect(report.totals).toEqual({
      // In scope: B C D E F G H I J K M N O Q = 14; carried over B C D K N Q = 6;
      // new: E G M online = 3, F H I J O in person or by post = 5.
      received: { total: 14, inPeriod: 8, online: 3, directOrPostal: 5, carriedOver: 6 },
      // Resolved in June at 9/10: B F early; C E N O on time; D Q late.
      resolved: { total: 8, early: 2, onTime: 4, late: 2 },
      // Open on 1 July 00:00: H on time; G I K late.
      pending: { total: 4, onTime: 1, late: 3 },
      // M refused, J withdrawn.
      endedUnresolved: { total: 2, refused: 1, withdrawn: 1, stopped: 0 },
    });
  });

  it('by field', () => {
    const report = processingReport(all, june, 'field');
    expect(report.rows.map((row) => row.key)).toEqual(['CT', 'HT']);
    expect(report.rows[0]).toEqual({
      key: 'CT',
      // D carried over; I by post, J and O in person.
      received: { total: 4, inPeriod: 3, online: 0, directOrPostal: 3, carriedOver: 1 },
      resolved: { total: 2, early: 0, onTime: 1, late: 1 }, // O on time, D late
      pending: { total: 1, onTime: 0, late: 1 }, // I
      endedUnresolved: { total: 1, refused: 0, withdrawn: 1, stopped: 0 }, // J
    });
    expect(report.rows[1]).toEqual({
      key: 'HT',
      // B C K N Q carried over; E G M online; F H in person.
      received: { total: 10, inPeriod: 5, online: 3, directOrPostal: 2, carriedOver: 5 },
      resolved: { total: 6, early: 2, onTime: 3, late: 1 }, // B F early; C E N on time; Q late
      pending: { total: 3, onTime: 1, late: 2 }, // H on time; G K late
      endedUnresolved: { total: 1, refused: 1, withdrawn: 0, stopped: 0 }, // M
    });
  });

  it('by procedure', () => {
    const report = processingReport(all, june, 'procedure');
    expect(report.groupBy).toBe('procedure');
    expect(report.rows.map((row) => row.key)).toEqual(['CT-BS', 'HT-KH', 'HT-KS']);
    expect(report.rows[1]).toEqual({
      key: 'HT-KH',
      // C carried over; G online, H in person. C on time; G late and H on time pending.
      received: { total: 3, inPeriod: 2, online: 1, directOrPostal: 1, carriedOver: 1 },
      resolved: { total: 1, early: 0, onTime: 1, late: 0 },
      pending: { total: 2, onTime: 1, late: 1 },
      endedUnresolved: { total: 0, refused: 0, withdrawn: 0, stopped: 0 },
    });
    expect(report.rows[2]).toEqual({
      key: 'HT-KS',
      // B K N Q carried over; E M online, F in person.
      received: { total: 7, inPeriod: 3, online: 2, directOrPostal: 1, carriedOver: 4 },
      resolved: { total: 5, early: 2, onTime: 2, late: 1 }, // B F; E N; Q
      pending: { total: 1, onTime: 0, late: 1 }, // K
      endedUnresolved: { total: 1, refused: 1, withdrawn: 0, stopped: 0 }, // M
    });
  });

  it('a stop in the period is counted as stopped', () => {
    const stopped = fact('HT-KS', { receivedAt: vn('2025-06-02 08:00'), dueAt: vn('2025-06-09 17:00'), finishedAt: vn('2025-06-03 08:00'), finishedStatus: 8 });
    expect(processingReport([stopped], june, 'field').totals.endedUnresolved).toEqual({ total: 1, refused: 0, withdrawn: 0, stopped: 1 });
  });

  it('an empty month has no rows and zero totals', () => {
    expect(processingReport([facts.A, facts.L, facts.P], june, 'field')).toEqual({ groupBy: 'field', period: june, rows: [], totals: emptyCounts() });
  });

  it('refuses an empty or inverted period and a status that does not end processing', () => {
    expect(() => processingReport(all, { from: june.to, to: june.from }, 'field')).toThrow(RangeError);
    expect(() => processingReport(all, { from: june.from, to: june.from }, 'field')).toThrow(RangeError);
    expect(() => processingReport(all, { from: new Date(NaN), to: june.to }, 'field')).toThrow(RangeError);
    const bad = { ...facts.F, finishedStatus: 4 as const };
    expect(() => processingReport([bad], june, 'field')).toThrow('Status 4 does not end processing');
  });
});

describe('on-time rates, June 2025 by hand', () => {
  it('resolved: on time ÷ resolved in the period', () => {
    // Resolved: B C D E F N O Q = 8; on time (early or on time): B C E F N O = 6.
    expect(onTimeRate(all, june, 'resolved')).toEqual({ definition: 'resolved', rate: 0.75, numerator: 6, denominator: 8 });
  });

  it('due_in_period: dossiers due in June', () => {
    // Due in June: B C D E F G I J M N O P. J, M, P ended unresolved: out. Remaining 9:
    // on time B C E F N O = 6; late D, and G I still open at the end = 3. 6/9 = 0.6667.
    expect(onTimeRate(all, june, 'due_in_period')).toEqual({ definition: 'due_in_period', rate: 0.6667, numerator: 6, denominator: 9 });
  });

  it('index766: received in or carried into June, pending judged at the end, two supplements late', () => {
    // In scope 14, minus J and M (ended unresolved) = 12: B C D E F G H I K N O Q.
    // On time: B C E F O resolved + H pending = 6. N resolved in time but asked twice for supplements: late.
    expect(onTimeRate(all, june, 'index766')).toEqual({ definition: 'index766', rate: 0.5, numerator: 6, denominator: 12 });
  });

  it('null rate when nothing counts', () => {
    for (const definition of ['resolved', 'due_in_period', 'index766'] as const) {
      expect(onTimeRate([facts.A, facts.L], june, definition)).toEqual({ definition, rate: null, numerator: 0, denominator: 0 });
    }
  });

  it('refuses an unknown definition', () => {
    expect(() => onTimeRate(all, june, 'other' as never)).toThrow(RangeError);
  });

  it('the June figures scored', () => {
    // 2.1: 0.5 × 20 ÷ 1 = 10 points.
    const { maxPoints, threshold } = INDEX_766_INDICATORS.onTime;
    expect(indexPoints(0.5, maxPoints, threshold)).toBe(10);
    // Example rubric: 0.75 is below 90% → 0 points.
    expect(parScore(0.75, EXAMPLE_PAR_RUBRIC)).toBe(0);
  });
});
