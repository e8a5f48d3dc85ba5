import fc from 'fast-check';
import { classifyFinished, classifyPending, finishedClassLabel, pendingClassLabel } from './classify';

const at = (iso: string) => new Date(iso);

describe('classifyFinished', () => {
  // Due Friday 2025-06-06 at 17:00 in Vietnam (10:00Z).
  const due = at('2025-06-06T17:00:00+07:00');

  it.each([
    ['the day before, late in the evening', '2025-06-05T23:59:59+07:00', 'early'],
    ['a week before', '2025-05-30T09:00:00+07:00', 'early'],
    ['the due day at midnight (local)', '2025-06-06T00:00:00+07:00', 'on_time'],
    ['the due day in the morning', '2025-06-06T08:00:00+07:00', 'on_time'],
    ['exactly at the due instant', '2025-06-06T17:00:00+07:00', 'on_time'],
    ['one millisecond after', '2025-06-06T17:00:00.001+07:00', 'late'],
    ['the next morning', '2025-06-07T07:30:00+07:00', 'late'],
  ] as const)('%s (%s) → %s', (_, finished, expected) => {
    expect(classifyFinished(at(finished), due)).toBe(expected);
  });

  it('uses the Vietnamese calendar day, not the UTC one', () => {
    // 2025-06-05T18:00Z is already 01:00 on 6 June in Vietnam: the due day, so on time, not early.
    expect(classifyFinished(at('2025-06-05T18:00:00Z'), due)).toBe('on_time');
    // 2025-06-05T16:59Z is 23:59 on 5 June in Vietnam: the day before, so early.
    expect(classifyFinished(at('2025-06-05T16:59:00Z'), due)).toBe('early');
  });

  it('a due instant early in the day leaves little room for on_time', () => {
    const morningDue = at('2025-06-06T08:00:00+07:00');
    expect(classifyFinished(at('2025-06-06T07:00:00+07:00'), morningDue)).toBe('on_time');
    expect(classifyFinished(at('2025-06-06T09:00:00+07:00'), morningDue)).toBe('late');
  });

  it('refuses invalid dates', () => {
    expect(() => classifyFinished(new Date('nope'), due)).toThrow(RangeError);
    expect(() => classifyFinished(due, new Date(NaN))).toThrow('dueAt is not a valid date');
  });
});

describe('classifyPending', () => {
  const due = at('2025-06-06T17:00:00+07:00');

  it('is on time up to and including the due instant, late after', () => {
    expect(classifyPending(at('2025-06-01T00:00:00+07:00'), due)).toBe('on_time');
    expect(classifyPending(due, due)).toBe('on_time');
    expect(classifyPending(at('2025-06-06T17:00:00.001+07:00'), due)).toBe('late');
  });

  it('refuses invalid dates', () => {
    expect(() => classifyPending(new Date(NaN), due)).toThrow('now is not a valid date');
  });
});

describe('labels', () => {
  it('prints the control-slip words', () => {
    expect(finishedClassLabel('early')).toBe('Trước hạn');
    expect(finishedClassLabel('on_time')).toBe('Đúng hạn');
    expect(finishedClassLabel('late')).toBe('Quá hạn');
    expect(pendingClassLabel('on_time')).toBe('Trong hạn');
    expect(pendingClassLabel('late')).toBe('Quá hạn');
  });
});

describe('classification properties', () => {
  const range = { min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true };
  const date = fc.date(range);
  // Pairs close together make day boundaries likely.
  const near = fc.tuple(date, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 })).map(([d, delta]) => [d, new Date(d.getTime() + delta)] as const);
  const pair = fc.oneof(fc.tuple(date, date), near);
  const rank = { early: 0, on_time: 1, late: 2 } as const;

  it('late iff finishedAt > dueAt', () => {
    fc.assert(fc.property(pair, ([finished, due]) => (classifyFinished(finished, due) === 'late') === finished > due));
  });

  it('early implies finishedAt < dueAt, on a different local day', () => {
    fc.assert(
      fc.property(pair, ([finished, due]) => {
        if (classifyFinished(finished, due) !== 'early') return true;
        const localDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        return finished < due && localDay(finished) < localDay(due);
      }),
    );
  });

  it('is monotone: finishing later never gives a better class', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, due) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        return rank[classifyFinished(first, due)] <= rank[classifyFinished(second, due)];
      }),
    );
  });

  it('pending: late iff now > dueAt, and agrees with finished lateness', () => {
    fc.assert(
      fc.property(pair, ([now, due]) => {
        const pending = classifyPending(now, due);
        return (pending === 'late') === now > due && (pending === 'late') === (classifyFinished(now, due) === 'late');
      }),
    );
  });
});
