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
      // Ended in June with a result (9/10, or M refused after appraisal, a result): B F M early;
      // C E N O on time; D Q late.
      resolved: { total: 9, early: 3, onTime: 4, late: 2, refused: 1 },
      // Open on 1 July 00:00: H on time; G I K late.
      pending: { total: 4, onTime: 1, late: 3 },
      // J withdrawn before its due instant. 14 = 9 + 4 + 1.
      endedUnresolved: { total: 1, withdrawn: 1, stopped: 0, late: 0 },
    });
  });

  it('by field', () => {
    const report = processingReport(all, june, 'field');
    expect(report.rows.map((row) => row.key)).toEqual(['CT', 'HT']);
    expect(report.rows[0]).toEqual({
      key: 'CT',
      // D carried over; I by post, J and O in person.
      received: { total: 4, inPeriod: 3, online: 0, directOrPostal: 3, carriedOver: 1 },
      resolved: { total: 2, early: 0, onTime: 1, late: 1, refused: 0 }, // O on time, D late
      pending: { total: 1, onTime: 0, late: 1 }, // I
      endedUnresolved: { total: 1, withdrawn: 1, stopped: 0, late: 0 }, // J
    });
    expect(report.rows[1]).toEqual({
      key: 'HT',
      // B C K N Q carried over; E G M online; F H in person.
      received: { total: 10, inPeriod: 5, online: 3, directOrPostal: 2, carriedOver: 5 },
      resolved: { total: 7, early: 3, onTime: 3, late: 1, refused: 1 }, // B F M early; C E N on time; Q late
      pending: { total: 3, onTime: 1, late: 2 }, // H on time; G K late
      endedUnresolved: { total: 0, withdrawn: 0, stopped: 0, late: 0 },
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
      resolved: { total: 1, early: 0, onTime: 1, late: 0, refused: 0 },
      pending: { total: 2, onTime: 1, late: 1 },
      endedUnresolved: { total: 0, withdrawn: 0, stopped: 0, late: 0 },
    });
    expect(report.rows[2]).toEqual({
      key: 'HT-KS',
      // B K N Q carried over; E M online, F in person.
      received: { total: 7, inPeriod: 3, online: 2, directOrPostal: 1, carriedOver: 4 },
      resolved: { total: 6, early: 3, onTime: 2, late: 1, refused: 1 }, // B F M; E N; Q
      pending: { total: 1, onTime: 0, late: 1 }, // K
      endedUnresolved: { total: 0, withdrawn: 0, stopped: 0, late: 0 },
    });
  });

  it('a stop in the period is counted as stopped', () => {
    const stopped = fact('HT-KS', { receivedAt: vn('2025-06-02 08:00'), dueAt: vn('2025-06-09 17:00'), finishedAt: vn('2025-06-03 08:00'), finishedStatus: 8 });
    expect(processingReport([stopped], june, 'field').totals.endedUnresolved).toEqual({ total: 1, withdrawn: 0, stopped: 1, late: 0 });
  });

  it('a withdrawal after the due instant stays late; a refusal of an overdue dossier is a late result', () => {
    // Due Thu 5/6 17:00: withdrawn Fri 6/6 10:00; refused Mon 9/6 09:00.
    const withdrawn = fact('HT-KS', { receivedAt: vn('2025-06-02 08:00'), dueAt: vn('2025-06-05 17:00'), finishedAt: vn('2025-06-06 10:00'), finishedStatus: 7 });
    const refused = fact('HT-KS', { receivedAt: vn('2025-06-02 08:00'), dueAt: vn('2025-06-05 17:00'), finishedAt: vn('2025-06-09 09:00'), finishedStatus: 3 });
    const totals = processingReport([withdrawn, refused], june, 'field').totals;
    expect(totals.endedUnresolved).toEqual({ total: 1, withdrawn: 1, stopped: 0, late: 1 });
    expect(totals.resolved).toEqual({ total: 1, early: 0, onTime: 0, late: 1, refused: 1 });
    for (const definition of ['resolved', 'due_in_period', 'index766'] as const) {
      expect(onTimeRate([withdrawn, refused], june, definition)).toEqual({ definition, rate: 0, numerator: 0, denominator: 2 });
    }
  });

  it('a month in progress judges open dossiers at the present (4 December), not at its last day', () => {
    const december = { from: vn('2025-12-01 00:00'), to: vn('2026-01-01 00:00') };
    const now = vn('2025-12-04 10:00');
    // Due Tue 9/12: not yet due on 4/12 (on time); late if judged on 31/12. Due Wed 3/12: late either way.
    const open = fact('HT-KS', { receivedAt: vn('2025-12-02 08:00'), dueAt: vn('2025-12-09 17:00') });
    const overdue = fact('HT-KS', { receivedAt: vn('2025-12-01 08:00'), dueAt: vn('2025-12-03 17:00') });
    expect(processingReport([open, overdue], december, 'field', { now }).totals.pending).toEqual({ total: 2, onTime: 1, late: 1 });
    expect(processingReport([open, overdue], december, 'field').totals.pending).toEqual({ total: 2, onTime: 0, late: 2 });
    expect(onTimeRate([open, overdue], december, 'index766', { now })).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(onTimeRate([open, overdue], december, 'index766')).toMatchObject({ numerator: 0, denominator: 2 });
    // due_in_period: the same judgement for those due in the month.
    expect(onTimeRate([open, overdue], december, 'due_in_period', { now })).toMatchObject({ numerator: 1, denominator: 2 });
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
    // Ended with a result: B C D E F M N O Q = 9; on time (early or on time): B C E F M N O = 7.
    expect(onTimeRate(all, june, 'resolved')).toEqual({ definition: 'resolved', rate: 0.7778, numerator: 7, denominator: 9 });
  });

  it('due_in_period: dossiers due in June', () => {
    // Due in June: B C D E F G I J M N O P. J, P ended without a result before their due instant: out.
    // Remaining 10: on time B C E F M N O = 7; late D, and G I still open at the end = 3. 7/10.
    expect(onTimeRate(all, june, 'due_in_period')).toEqual({ definition: 'due_in_period', rate: 0.7, numerator: 7, denominator: 10 });
  });

  it('index766: received in or carried into June, pending judged at the end, two supplements late', () => {
    // In scope 14, minus J (withdrawn in time) = 13: B C D E F G H I K M N O Q.
    // On time: B C E F M O ended + H pending = 7. N resolved in time but asked twice for supplements: late. 7/13.
    expect(onTimeRate(all, june, 'index766')).toEqual({ definition: 'index766', rate: 0.5385, numerator: 7, denominator: 13 });
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
