import { appointmentVi, capitalise, escapeHtml, formatAppointmentVi, formatDateShortVi, formatDateTimeShortVi, formatDateTimeVi, formatDateVi, formatDayVi, formatPlaceDateVi, vietnamDateParts } from '.';

describe('Vietnamese date wording (UTC+7)', () => {
  it('writes hour, minute and date in Vietnam time', () => {
    expect(formatDateTimeVi(new Date('2026-11-23T07:05:00Z'))).toBe('14 giờ 05 phút, ngày 23 tháng 11 năm 2026');
    expect(formatDateVi(new Date('2026-11-23T07:05:00Z'))).toBe('ngày 23 tháng 11 năm 2026');
  });

  it('moves to the next day after 17:00 UTC', () => {
    expect(formatDateTimeVi(new Date('2026-12-31T17:30:00Z'))).toBe('00 giờ 30 phút, ngày 01 tháng 01 năm 2027');
    expect(formatDateTimeVi(new Date('2026-12-31T16:59:00Z'))).toBe('23 giờ 59 phút, ngày 31 tháng 12 năm 2026');
  });

  it('pads days below 10 and the months 1 and 2 only (Nghị định 30/2020)', () => {
    expect(formatDateVi(new Date('2026-02-05T03:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatDateVi(new Date('2026-03-15T03:00:00Z'))).toBe('ngày 15 tháng 3 năm 2026');
    expect(formatDateVi(new Date('2026-09-02T03:00:00Z'))).toBe('ngày 02 tháng 9 năm 2026');
  });

  it('ignores the host time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(formatDateTimeVi(new Date('2026-11-23T07:05:00Z'))).toBe('14 giờ 05 phút, ngày 23 tháng 11 năm 2026');
        expect(vietnamDateParts(new Date('2026-06-30T17:00:00Z'))).toEqual({ year: 2026, month: 7, day: 1, hour: 0, minute: 0, weekday: 'thứ Tư' });
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('has short forms for tables and the place-date line', () => {
    const d = new Date('2026-11-23T07:05:00Z');
    expect(formatDateShortVi(d)).toBe('23/11/2026');
    expect(formatDateTimeShortVi(d)).toBe('14:05 23/11/2026');
    expect(formatPlaceDateVi(' Tân Phú ', d)).toBe('Tân Phú, ngày 23 tháng 11 năm 2026');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDateVi(new Date('nope'))).toThrow(RangeError);
  });
});

describe('one phrase per reader', () => {
  const at = new Date('2026-12-03T10:00:00Z'); // Thursday 17:00 in Vietnam
  it('writes the same instant for documents, messages and the citizen page', () => {
    expect(formatDateTimeVi(at)).toBe('17 giờ 00 phút, ngày 03 tháng 12 năm 2026');
    expect(appointmentVi(at)).toBe('17 giờ 00 ngày 03/12/2026');
    expect(formatAppointmentVi(at)).toBe('17 giờ 00, thứ Năm 03/12/2026');
    expect(capitalise(formatDayVi(at))).toBe('Thứ Năm 03/12/2026');
  });

  it('escapes the characters that could open a tag or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
