import { defaultCalendarDefinition, defaultWorkingCalendar } from './default-calendar';
import { CalendarError } from './errors';
import { WorkingCalendar } from './working-calendar';

/** An instant given in Vietnam local time, 'YYYY-MM-DD HH:MM'. */
const local = (text: string) => new Date(`${text.replace(' ', 'T')}:00+07:00`);

describe('WorkingCalendar (default civil-service calendar, 07:30–11:30 + 13:00–17:00)', () => {
  const calendar = defaultWorkingCalendar();

  it('counts 480 working minutes a day and a 15:00 cut-off', () => {
    expect(calendar.dailyWorkingMinutes).toBe(480);
    expect(calendar.cutoff).toBe('15:00');
    expect(calendar.cutoffOf('2026-03-03')).toEqual(local('2026-03-03 15:00'));
  });

  it('knows working days: weekdays, days off, make-up Saturdays', () => {
    expect(calendar.isWorkingDay('2026-03-03')).toBe(true); // Tuesday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Tết
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù Giỗ Tổ
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false); // swapped Friday
    for (const saturday of ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22']) {
      expect(calendar.isWorkingDay(saturday)).toBe(true);
    }
    expect(calendar.isWorkingDay('2027-05-03')).toBe(false); // statutory nghỉ bù for Sat 1/5/2027
  });

  it('takes an instant as its Vietnam local date, not the UTC date', () => {
    // 2026-02-13T17:30Z is Saturday 14/2 00:30 in Hà Nội.
    expect(calendar.isWorkingDay(new Date('2026-02-13T17:30:00Z'))).toBe(false);
    expect(calendar.isWorkingDay(new Date('2026-02-13T16:59:00Z'))).toBe(true);
  });

  it('finds next working days across Tết 2026 and the 22/8 make-up Saturday', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.nextWorkingDay('2026-08-21')).toBe('2026-08-22');
    expect(calendar.nextWorkingDay('2026-08-28')).toBe('2026-09-03');
    expect(calendar.nthWorkingDayAfter('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.workingDayOnOrAfter('2026-02-16')).toBe('2026-02-23');
    expect(calendar.workingDayOnOrAfter('2026-02-13')).toBe('2026-02-13');
  });

  it('closes business at 17:00 on a working day and refuses a day off', () => {
    expect(calendar.closeOfBusiness('2026-01-10')).toEqual(local('2026-01-10 17:00'));
    expect(() => calendar.closeOfBusiness('2026-02-17')).toThrow(CalendarError);
  });

  it('adds working minutes through lunch, evenings and weekends', () => {
    // Tue 3/3/2026 10:00 + 150 min: 10:00–11:30 is 90, then 13:00 + 60 = 14:00.
    expect(calendar.addWorkingMinutes(local('2026-03-03 10:00'), 150)).toEqual(local('2026-03-03 14:00'));
    // Exactly the morning: the earliest instant is 11:30, not 13:00.
    expect(calendar.addWorkingMinutes(local('2026-03-03 07:30'), 240)).toEqual(local('2026-03-03 11:30'));
    // Fri 6/3 16:00 + 120: 60 on Friday, 60 from Monday 9/3 07:30 → 08:30.
    expect(calendar.addWorkingMinutes(local('2026-03-06 16:00'), 120)).toEqual(local('2026-03-09 08:30'));
    expect(calendar.addWorkingMinutes(local('2026-03-07 10:00'), 0)).toEqual(local('2026-03-07 10:00'));
  });

  it('measures working minutes between instants', () => {
    // Fri 13/2/2026 16:00 → Mon 23/2 08:00: 60 + 30 (Tết week is off).
    expect(calendar.workingMinutesBetween(local('2026-02-13 16:00'), local('2026-02-23 08:00'))).toBe(90);
    expect(calendar.workingMinutesBetween(local('2026-02-23 08:00'), local('2026-02-13 16:00'))).toBe(-90);
    expect(calendar.workingMinutesBetween(local('2026-03-03 11:45'), local('2026-03-03 12:55'))).toBe(0);
  });

  it('tells working instants: inside a period, ends included', () => {
    expect(calendar.isWorkingInstant(local('2026-03-03 07:30'))).toBe(true);
    expect(calendar.isWorkingInstant(local('2026-03-03 17:00'))).toBe(true);
    expect(calendar.isWorkingInstant(local('2026-03-03 12:00'))).toBe(false);
    expect(calendar.isWorkingInstant(local('2026-03-07 09:00'))).toBe(false);
  });

  it('describes days in Vietnamese', () => {
    expect(calendar.describeDays('2026-02-13', '2026-02-16')).toEqual([
      { date: '2026-02-13', working: true, reason: 'Ngày làm việc' },
      { date: '2026-02-14', working: false, reason: 'Nghỉ Tết Nguyên đán (Bính Ngọ)' },
      { date: '2026-02-15', working: false, reason: 'Nghỉ Tết Nguyên đán (Bính Ngọ)' },
      { date: '2026-02-16', working: false, reason: 'Nghỉ Tết Nguyên đán (Bính Ngọ)' },
    ]);
    expect(calendar.describeDays('2026-01-09', '2026-01-11').map((d) => d.reason)).toEqual([
      'Ngày làm việc', 'Làm bù', 'Chủ nhật',
    ]);
    expect(calendar.describeDays('2026-03-07', '2026-03-07')[0]).toEqual({ date: '2026-03-07', working: false, reason: 'Thứ Bảy' });
    expect(calendar.describeDays('2026-04-27', '2026-04-27')[0].reason).toBe('Nghỉ Giỗ Tổ Hùng Vương');
    expect(calendar.describeDays('2027-02-05', '2027-02-05')[0].reason).toBe('Nghỉ Tết Nguyên đán');
    expect(calendar.describeDays('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('knows which years are confirmed', () => {
    expect([2023, 2024, 2025, 2026].map((y) => calendar.isYearConfirmed(y))).toEqual([true, true, true, true]);
    expect(calendar.isYearConfirmed(2027)).toBe(false);
    expect(calendar.isYearConfirmed(2022)).toBe(false);
    expect(calendar.unconfirmedYears(local('2026-12-30 09:00'), local('2028-01-04 09:00'))).toEqual([2027, 2028]);
    expect(calendar.unconfirmedYears(local('2026-01-01 09:00'), local('2026-12-31 17:00'))).toEqual([]);
    // 2026-12-31T17:30Z is already 1/1/2027 in Hà Nội.
    expect(calendar.isProvisional(local('2026-12-31 09:00'), new Date('2026-12-31T17:30:00Z'))).toBe(true);
  });

  it('rejects instants outside 2000–2100', () => {
    expect(() => calendar.addWorkingMinutes(local('1999-12-31 09:00'), 10)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
    expect(() => calendar.addWorkingMinutes(local('2100-12-31 09:00'), 480 * 5)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });

  it('computes years beyond the official data from the statute, provisional (2046, 2100)', () => {
    // 2/9/2046 (Quốc khánh) is a Sunday and its neighbour 1/9 a Saturday: both give the next working
    // days off (Labour Code Art. 111(3)), Mon 3/9 and Tue 4/9. Fri 31/8 09:00 + 1 working day → Wed 5/9 09:00.
    expect(['2046-09-03', '2046-09-04', '2046-09-05'].map((d) => calendar.isWorkingDay(d))).toEqual([false, false, true]);
    expect(calendar.addWorkingMinutes(local('2046-08-31 09:00'), 480)).toEqual(local('2046-09-05 09:00'));
    expect(calendar.isYearConfirmed(2046)).toBe(false);
    expect(calendar.isProvisional(local('2046-03-02 09:00'), local('2046-03-03 09:00'))).toBe(true);
    // Fri 31/12/2100 09:00 + 1 working day → 31/12 is the year's last day; Mon 1/1/2101 is out of range.
    expect(calendar.addWorkingMinutes(local('2100-12-30 09:00'), 480)).toEqual(local('2100-12-31 09:00'));
    // Sat 1/1/2000 gives Mon 3/1 off: Fri 31/12/1999 is outside, Tue 4/1 09:00 + 1 day → Wed 5/1 09:00.
    expect(calendar.isWorkingDay('2000-01-03')).toBe(false);
    expect(calendar.addWorkingMinutes(local('2000-01-04 09:00'), 480)).toEqual(local('2000-01-05 09:00'));
  });
});

describe('WorkingCalendar built from other definitions', () => {
  const local2 = local;

  it('lets an agency work Saturday mornings, and uses weekday hours on a make-up Saturday', () => {
    const calendar = WorkingCalendar.create({
      ...defaultCalendarDefinition(),
      saturdayPeriods: [{ start: '07:30', end: '11:30' }],
    });
    expect(calendar.dailyWorkingMinutes).toBe(480);
    expect(calendar.isWorkingDay('2026-03-07')).toBe(true);
    expect(calendar.closeOfBusiness('2026-03-07')).toEqual(local2('2026-03-07 11:30'));
    expect(calendar.closeOfBusiness('2026-01-10')).toEqual(local2('2026-01-10 17:00'));
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // not in the announced days off
    // Fri 6/3 13:00 + 480: 240 on Friday, 240 on Saturday morning → Sat 11:30.
    expect(calendar.addWorkingMinutes(local2('2026-03-06 13:00'), 480)).toEqual(local2('2026-03-07 11:30'));
  });

  it('fills missing years from the statute, unconfirmed, and honours an added day off', () => {
    const definition = defaultCalendarDefinition();
    definition.years[2027] = {
      ...definition.years[2026],
      daysOff: ['2027-01-01', '2027-11-24'],
      workingSaturdays: [],
      periods: [{ name: 'Ngày Văn hóa Việt Nam', from: '2027-11-24', to: '2027-11-24' }],
      confirmed: true,
    };
    const calendar = WorkingCalendar.create(definition, { firstYear: 2025, lastYear: 2028 });
    expect(calendar.isYearConfirmed(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-11-24')).toBe(false);
    expect(calendar.describeDays('2027-11-24', '2027-11-24')[0].reason).toBe('Nghỉ Ngày Văn hóa Việt Nam');
    expect(calendar.isWorkingDay('2027-02-08')).toBe(true); // this 2027 definition has no Tết
    expect(calendar.isWorkingDay('2028-01-03')).toBe(false); // statute: 1/1/2028 is a Saturday → Mon 3/1 off
    expect(calendar.isYearConfirmed(2028)).toBe(false);
    expect(calendar.range).toEqual({ firstYear: 2025, lastYear: 2028 });
  });

  it('uses the configured cut-off and working periods', () => {
    const calendar = WorkingCalendar.create({
      years: {},
      weekdayPeriods: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:00' }],
      cutoff: '16:00',
    }, { firstYear: 2026, lastYear: 2026 });
    expect(calendar.dailyWorkingMinutes).toBe(450);
    expect(calendar.cutoffOf('2026-03-03')).toEqual(local2('2026-03-03 16:00'));
    expect(calendar.isYearConfirmed(2026)).toBe(false);
  });

  it.each([
    [[], 'No weekday working periods'],
    [[{ start: '13:00', end: '17:00' }, { start: '07:30', end: '11:30' }], 'sorted and disjoint'],
    [[{ start: '07:30', end: '07:30' }], 'sorted and disjoint'],
    [[{ start: '7:30', end: '11:30' }], 'HH:MM'],
    [[{ start: '07:30', end: '24:30' }], 'HH:MM'],
  ])('rejects invalid working periods %j', (periods, message) => {
    expect(() => WorkingCalendar.create({ years: {}, weekdayPeriods: periods })).toThrow(message);
  });

  it('rejects a date that is both a day off and a make-up day, and malformed dates', () => {
    const years = { 2026: { daysOff: ['2026-01-10'], workingSaturdays: ['2026-01-10'], confirmed: true } };
    expect(() => WorkingCalendar.create({ years, weekdayPeriods: [{ start: '08:00', end: '17:00' }] })).toThrow(
      '2026-01-10 is both a day off and a make-up working day',
    );
    const bad = { 2026: { daysOff: ['2026-02-30'], workingSaturdays: [], confirmed: true } };
    expect(() => WorkingCalendar.create({ years: bad, weekdayPeriods: [{ start: '08:00', end: '17:00' }] })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }),
    );
  });
});
