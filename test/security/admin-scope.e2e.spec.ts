import { DEMO_COMMUNE, DEMO_COMMUNE_2, DEMO_PROVINCE } from '../../src/demo/demo-agencies';
import { queryRows, tableChecksums } from '../reliability/support/table-checksums';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const APPLICANT = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' };

/** Issue 17.5: national settings are a province-level administrator's; routing and hand-offs stay within the dossier's authorities. */
describe("administrators' and counter staff's scope", () => {
  let t: TestApp;
  let communeAdmin: ApiClient;
  let provinceAdmin: ApiClient;
  let counter: ApiClient;
  let officer: ApiClient;
  const userId = async (username: string) => (await queryRows<{ id: string }>(t.db.url, 'SELECT id FROM users WHERE username = $1', [username]))[0].id;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    const anonymous = new ApiClient(t.baseUrl);
    [communeAdmin, provinceAdmin, counter, officer] = await Promise.all(['admin', 'admintinh', 'tiepnhan', 'chuyenvien'].map((u) => anonymous.login(u)));
  });
  afterAll(() => t.close());

  it("refuses a commune admin the calendar of a year and leaves other communes' due dates alone", async () => {
    const other = await (await new ApiClient(t.baseUrl).login('tiepnhan2')).post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct' });
    const year = (await communeAdmin.get('/api/v1/calendar/years/2026')).body;
    const body = { daysOff: [...year.daysOff, '2026-11-24'], workingSaturdays: year.workingSaturdays, confirmed: true, source: 'Thử' };
    const refused = await communeAdmin.put('/api/v1/calendar/years/2026', body);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/province-level administrator/);
    const seen = await provinceAdmin.get(`/api/v1/dossiers/${other.body.code}`);
    expect(seen.body.originalDueAt).toBe(other.body.dueAt);
    expect(seen.body.dueAt).toBe(other.body.dueAt);
    expect((await provinceAdmin.put('/api/v1/calendar/years/2026', body)).status).toBe(200);
  });

  it('refuses a commune admin the default PAR rubric and its province\'s rubric', async () => {
    const rubrics = (await communeAdmin.get('/api/v1/par-rubrics')).body as any[];
    const national = rubrics.find((r) => r.provinceCode === null);
    const fields = ['name', 'description', 'provinceCode', 'year', 'definition', 'maxScore', 'bands'];
    const body = Object.fromEntries(fields.filter((f) => f in national).map((f) => [f, national[f]]));
    expect((await communeAdmin.put(`/api/v1/par-rubrics/${national.id}`, body)).status).toBe(403);
    expect((await communeAdmin.put('/api/v1/par-rubrics/thanh-hoa-2030', { ...body, provinceCode: DEMO_PROVINCE, year: 2030 })).status).toBe(403);
    expect((await provinceAdmin.put(`/api/v1/par-rubrics/${national.id}`, body)).status).toBe(200);
    expect((await provinceAdmin.put('/api/v1/par-rubrics/thanh-hoa-2030', { ...body, provinceCode: DEMO_PROVINCE, year: 2030 })).status).toBe(200);
  });

  it("lets a commune admin edit its own agency's calendar only", async () => {
    expect((await communeAdmin.put(`/api/v1/calendar/agencies/${DEMO_COMMUNE}`, { cutoff: '15:00' })).status).toBe(200);
    expect((await communeAdmin.put(`/api/v1/calendar/agencies/${DEMO_COMMUNE_2}`, { cutoff: '15:00' })).status).toBe(403);
  });

  it("refuses to route a dossier to another commune's resolving authority, writing nothing", async () => {
    const before = await tableChecksums(t.db.url);
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct', resolvingAgencyCode: DEMO_COMMUNE_2 });
    expect(response.status).toBe(403);
    expect(await tableChecksums(t.db.url)).toEqual(before);
    expect((await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct', resolvingAgencyCode: DEMO_COMMUNE })).status).toBe(201);
  });

  it("hands off only to the dossier's own authorities' officers, and a held step only by its holder", async () => {
    const { code } = (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct' })).body;
    const handoff = (client: ApiClient, body: Record<string, unknown>) => client.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', ...body });
    expect((await handoff(counter, { toUserId: await userId('tiepnhan2') })).status).toBe(403);
    const unknown = await handoff(counter, { toUserId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'toUserId', message: expect.any(String) }]);
    expect((await handoff(counter, { toUserId: await userId('chuyenvien') })).status).toBe(201);
    expect((await handoff(counter, { toUserId: await userId('tiepnhan') })).status).toBe(403); // chuyenvien holds the step now
    expect((await handoff(officer, { toUnit: 'Lãnh đạo UBND', toUserId: await userId('lanhdao') })).status).toBe(201);
  });
});
