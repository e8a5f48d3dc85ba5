import { Client } from 'pg';
import { onePagePdf, postMultipart, tokenOf } from '../attachments/files';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const person = (idNumber: string) => ({ fullName: 'Vũ Thị Lan', idNumber, phone: '0912333444', address: 'Số 2 Lê Lai, phường Hạc Thành' });

/** QĐ 766 group 4 in the index export, against counts made by hand (default rules: 6 points each, full at 100%). */
async function sqlOn(t: TestApp, text: string): Promise<void> {
  const client = new Client({ connectionString: t.db.url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe('index export: indicators 4.1–4.4', () => {
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let manager: ApiClient;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    tokens = Object.fromEntries(await Promise.all(['tiepnhan', 'chuyenvien'].map(async (u) => [u, await tokenOf(t.baseUrl, u)])));
    counter = new ApiClient(t.baseUrl).withToken(tokens.tiepnhan);
    officer = new ApiClient(t.baseUrl).withToken(tokens.chuyenvien);
    manager = await new ApiClient(t.baseUrl).login('quanly');
  });
  afterAll(() => t.close());

  it('counts results, digitised dossiers and reused documents, with points and the dossiers behind them', async () => {
    const pdf = await onePagePdf('To khai');
    const codes: string[] = [];
    for (const id of ['038090000001', '038090000001', '038090000002']) {
      codes.push((await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: person(id), channel: 'direct' })).body.code);
    }
    const [a, b, c] = codes;
    const attach = (code: string, parts: Array<{ name: string; value: any }>) => postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, tokens.tiepnhan, parts);
    const first = await attach(a, [{ name: 'name', value: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' }, { name: 'file', value: { bytes: pdf, type: 'application/pdf', fileName: 'a.pdf' } }]);
    await attach(a, [{ name: 'documentCode', value: 'TP3' }, { name: 'file', value: { bytes: pdf, type: 'application/pdf', fileName: 'b.pdf' } }]);
    expect((await attach(b, [{ name: 'reuseOf', value: first.body.id }])).status).toBe(201);
    // a: 2 digitised files; b: 1 reused file; c: nothing. 4.2 = 2/3, 4.3 = 1/3 (documents).
    for (const code of [a, b]) expect((await officer.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    const result = await postMultipart(t.baseUrl, `/api/v1/dossiers/${a}/results`, tokens.chuyenvien, [{ name: 'title', value: 'Giấy xác nhận' }, { name: 'generate', value: 'true' }]);
    expect(result.status).toBe(201);
    // 4.1 = 1/2 resolved dossiers with a signed result.
    const check = (code: string, source: string, outcome: string) => counter.post(`/api/v1/dossiers/${code}/shared-data-checks`, { source, outcome });
    expect((await check(a, 'population_database', 'matched')).status).toBe(201);
    expect((await check(b, 'population_database', 'unavailable')).status).toBe(201); // an outage is no check
    expect((await check(c, 'business_registry', 'mismatch')).status).toBe(201);
    // 4.4 = 2/3 received dossiers checked against a shared database.

    const exported = await manager.get('/api/v1/index-export?from=2026-11-01&to=2026-11-30');
    expect(exported.status).toBe(200);
    const i = exported.body.indicators;
    expect(i['4.1']).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5, points: 3, maxPoints: 6, threshold: 1, dossiers: [a] });
    expect(i['4.2']).toMatchObject({ numerator: 2, denominator: 3, points: 4, maxPoints: 6, dossiers: [a, b] });
    expect(i['4.3']).toMatchObject({ numerator: 1, denominator: 3, points: 2, maxPoints: 6, dossiers: [b] });
    expect(i['4.4']).toMatchObject({ numerator: 2, denominator: 3, maxPoints: 4, threshold: 1, dossiers: [a, c] });
    expect(i['4.4'].points).toBeCloseTo(8 / 3, 1);
  });

  it('keeps each check as history, refuses unknown sources naming the field, and hides other agencies’ dossiers', async () => {
    const { code } = (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: person('038090000009'), channel: 'direct' })).body;
    const bad = await counter.post(`/api/v1/dossiers/${code}/shared-data-checks`, { source: 'vneid', outcome: 'matched' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'source' })]));
    const recorded = await counter.post(`/api/v1/dossiers/${code}/shared-data-checks`, { source: 'population_database', outcome: 'matched', reference: 'VNeID-0001' });
    expect(recorded.body).toMatchObject({ source: 'population_database', outcome: 'matched', reference: 'VNeID-0001', checkedByName: expect.any(String) });
    expect(recorded.body.checkedAt).toBe('2026-11-23T02:15:00.000Z');
    const listed = await officer.get(`/api/v1/dossiers/${code}/shared-data-checks`);
    expect(listed.body).toHaveLength(1);
    const other = await new ApiClient(t.baseUrl).login('tiepnhan2');
    expect((await other.post(`/api/v1/dossiers/${code}/shared-data-checks`, { source: 'population_database', outcome: 'matched' })).status).toBe(404);
    await expect(sqlOn(t, `UPDATE shared_data_checks SET outcome = 'mismatch'`)).rejects.toThrow(/history/);
    expect((await officer.get(`/api/v1/dossiers/${code}/shared-data-checks`)).body[0].outcome).toBe('matched');
  });
});
