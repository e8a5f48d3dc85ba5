import { Client } from 'pg';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = { fullName: 'Trần Văn Bình', idNumber: '038090001234', phone: '0987654321', address: 'Thôn 3, xã Đông Sơn' };

describe('calendar endpoints and recomputation', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let provinceAdmin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:00:00Z' }); // Monday 23/11/2026 09:00 in Vietnam
    anonymous = new ApiClient(t.baseUrl);
    admin = await anonymous.login('admin');
    provinceAdmin = await anonymous.login('admintinh'); // national settings are a province-level administrator's
  });
  afterAll(() => t.close());

  const dueDate = (query: string) => anonymous.get(`/api/v1/calendar/due-date?${query}`);

  it('adds working days across Tết 2026 (16–20/2 off) on the default calendar', async () => {
    // Thu 12/2/2026 09:00 + 3 working days (24 working hours)
    // (Thu 09:00–11:30 and 13:00–17:00 = 6.5h, Fri 13/2 8h → 14.5h, 16–20/2 Tết, Mon 23/2 8h → 22.5h, Tue 24/2 1.5h → 09:00.)
    const response = await dueDate(`from=${encodeURIComponent('2026-02-12T09:00:00+07:00')}&amount=3&unit=working_days`);
    expect(response.status).toBe(200);
    expect(new Date(response.body.dueAt).toISOString()).toBe(new Date('2026-02-24T09:00:00+07:00').toISOString());
    expect(response.body.provisional).toBe(false);
  });

  it('counts the make-up Saturday 10/1/2026 and ends at close of business in end_of_day mode', async () => {
    // Fri 9/1/2026 10:00, end_of_day, 1 working day: the day after is Sat 10/1, a make-up working day.
    const response = await dueDate(`from=${encodeURIComponent('2026-01-09T10:00:00+07:00')}&amount=1&unit=working_days&mode=end_of_day`);
    expect(new Date(response.body.dueAt).toISOString()).toBe(new Date('2026-01-10T17:00:00+07:00').toISOString());
  });

  it('marks a deadline that crosses into unannounced 2027 as provisional', async () => {
    const response = await dueDate(`from=${encodeURIComponent('2026-12-28T09:00:00+07:00')}&amount=10&unit=working_days`);
    expect(response.body.provisional).toBe(true);
  });

  it('computes any year 2000–2100 (beyond the official data: provisional) and answers 400 outside', async () => {
    // Wed 5/9/2046: 1/9 (Sat) and 2/9 (Sun) give Mon 3/9 and Tue 4/9 off. Fri 31/8/2046 09:00 + 1 working day.
    const y2046 = await dueDate(`from=${encodeURIComponent('2046-08-31T09:00:00+07:00')}&amount=1&unit=working_days`);
    expect(y2046.status).toBe(200);
    expect(y2046.body).toEqual({ dueAt: new Date('2046-09-05T09:00:00+07:00').toISOString(), provisional: true });
    const y2100 = await dueDate(`from=${encodeURIComponent('2100-06-01T09:00:00+07:00')}&amount=1&unit=working_days`);
    expect(y2100.status).toBe(200);
    for (const from of ['2101-01-03T09:00:00+07:00', '1999-06-01T09:00:00+07:00', '2100-12-31T09:00:00+07:00']) {
      const response = await dueDate(`from=${encodeURIComponent(from)}&amount=5&unit=working_days`);
      expect([from, response.status, response.body.errors?.[0]?.field]).toEqual([from, 400, 'from']);
    }
    const days = await anonymous.get('/api/v1/calendar/days?from=2100-12-30&to=2101-01-02');
    expect([days.status, days.body.errors?.[0]?.field]).toEqual([400, 'to']);
  });

  it('starts working-day procedures received after the cut-off on the next working day when the agency chooses it', async () => {
    const from = encodeURIComponent('2026-03-03T15:30:00+07:00'); // Tuesday, after the 15:00 cut-off
    const query = `from=${from}&amount=3&unit=working_days&agencyCode=000.17.22.H56`;
    expect((await dueDate(query)).body.dueAt).toBe(new Date('2026-03-06T15:30:00+07:00').toISOString()); // off by default
    const put = await admin.put('/api/v1/calendar/agencies/000.17.22.H56', { cutoffStartsNextDay: true });
    expect(put.status).toBe(200);
    expect(put.body.cutoffStartsNextDay).toBe(true);
    expect((await dueDate(query)).body.dueAt).toBe(new Date('2026-03-06T17:00:00+07:00').toISOString()); // from Wed 07:30
    expect((await admin.put('/api/v1/calendar/agencies/000.17.22.H56', { cutoffStartsNextDay: 'yes' })).status).toBe(400);
    expect((await admin.put('/api/v1/calendar/agencies/000.17.22.H56', { cutoffStartsNextDay: false })).body.cutoffStartsNextDay).toBe(false);
  });

  it('rejects bad parameters with 400 naming the field', async () => {
    const response = await dueDate('from=yesterday&amount=-1&unit=weeks');
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['from', 'amount', 'unit']));
  });

  it('lists days with the reason they are off', async () => {
    const response = await anonymous.get('/api/v1/calendar/days?from=2026-04-25&to=2026-04-28');
    expect(response.status).toBe(200);
    expect(response.body.map((d: { date: string; working: boolean }) => [d.date, d.working])).toEqual([
      ['2026-04-25', false],
      ['2026-04-26', false],
      ['2026-04-27', false],
      ['2026-04-28', true],
    ]);
  });

  it('moves the due date of an open dossier when a day off is added, leaves a resolved one alone, and audits it', async () => {
    const counter = await anonymous.login('tiepnhan');
    const open = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    const closed = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(open.status).toBe(201);
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    await client.query(`UPDATE dossiers SET status = 9, resolved_at = now() WHERE code = $1`, [closed.body.code]);
    await client.end();

    const year = await admin.get('/api/v1/calendar/days?from=2026-11-24&to=2026-11-24');
    expect(year.body[0].working).toBe(true);
    const current = (await anonymous.get('/api/v1/calendar/days?from=2026-01-01&to=2026-12-31')).body;
    const daysOff = current.filter((d: { working: boolean; date: string }) => !d.working && ![0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay())).map((d: { date: string }) => d.date);
    const saturdays = current.filter((d: { working: boolean; date: string }) => d.working && new Date(`${d.date}T00:00:00Z`).getUTCDay() === 6).map((d: { date: string }) => d.date);

    const put = await provinceAdmin.put('/api/v1/calendar/years/2026', { daysOff: [...daysOff, '2026-11-24'], workingSaturdays: saturdays, confirmed: true, source: 'Ngày Văn hóa Việt Nam (test)' });
    expect(put.status).toBe(200);
    expect(put.body.recomputedDossiers).toContain(open.body.code);
    expect(put.body.recomputedDossiers).not.toContain(closed.body.code);

    const moved = await admin.get(`/api/v1/dossiers/${open.body.code}`);
    expect(new Date(moved.body.dueAt).getTime() - new Date(open.body.dueAt).getTime()).toBe(24 * 3600_000); // one working day later, same hour
    expect(moved.body.events.map((e: { type: string }) => e.type)).toEqual(['received', 'due_date_changed']);
    const untouched = await admin.get(`/api/v1/dossiers/${closed.body.code}`);
    expect(untouched.body.dueAt).toBe(closed.body.dueAt);
  });

  it('lets only an administrator edit the calendar', async () => {
    const counter = await anonymous.login('tiepnhan');
    const response = await counter.put('/api/v1/calendar/years/2027', { daysOff: [], workingSaturdays: [], confirmed: true, source: 'x' });
    expect(response.status).toBe(403);
    const bad = await provinceAdmin.put('/api/v1/calendar/years/2027', { daysOff: ['2026-05-01'], workingSaturdays: [], confirmed: true, source: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('daysOff');
  });

  it('gives an agency that also works Saturday mornings its own due dates', async () => {
    const put = await admin.put('/api/v1/calendar/agencies/000.17.22.H56', { saturdayHours: [{ start: '07:30', end: '11:30' }] });
    expect(put.status).toBe(200);
    // Fri 27/11/2026 16:00 + 1 working hour: the agency works Sat 28/11 from 07:30, the default calendar resumes Mon 30/11.
    const from = encodeURIComponent('2026-11-27T16:00:00+07:00');
    const agency = await dueDate(`from=${from}&amount=2&unit=working_hours&agencyCode=000.17.22.H56`);
    const national = await dueDate(`from=${from}&amount=2&unit=working_hours`);
    expect(new Date(agency.body.dueAt).toISOString()).toBe(new Date('2026-11-28T08:30:00+07:00').toISOString());
    expect(new Date(national.body.dueAt).toISOString()).toBe(new Date('2026-11-30T08:30:00+07:00').toISOString());
  });
  it('reads back a year and an agency’s own settings in the shape PUT takes', async () => {
    const year = await admin.get('/api/v1/calendar/years/2026');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({ year: 2026, stored: true, confirmed: true });
    expect(year.body.daysOff).toContain('2026-09-02');
    const unannounced = await admin.get('/api/v1/calendar/years/2031');
    expect(unannounced.body).toMatchObject({ year: 2031, stored: false, confirmed: false, source: '' });
    expect(unannounced.body.daysOff).toContain('2031-09-02');
    expect((await anonymous.get('/api/v1/calendar/years/2026')).status).toBe(401);

    const put = await admin.put('/api/v1/calendar/agencies/000.17.22.H56', { days: [{ date: '2026-12-24', working: false, reason: 'Đại hội' }] });
    expect(put.status).toBe(200);
    const counter = await anonymous.login('tiepnhan');
    const agency = await counter.get('/api/v1/calendar/agencies/000.17.22.H56');
    expect(agency.status).toBe(200);
    expect(agency.body).toEqual({ agencyCode: '000.17.22.H56', workingHours: put.body.workingHours, saturdayHours: put.body.saturdayHours, cutoff: put.body.cutoff, cutoffStartsNextDay: false, days: [{ date: '2026-12-24', working: false, reason: 'Đại hội' }] });
    const other = await (await anonymous.login('tiepnhan2')).get('/api/v1/calendar/agencies/000.17.22.H56');
    expect(other.status).toBe(403);
  });
});
