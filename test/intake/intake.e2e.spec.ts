import { Client } from 'pg';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  idNumber: '038190012345',
  phone: '0912 345 678',
  email: 'nhung@example.vn',
  address: 'Số 5 Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa',
};

describe('dossier intake (POST /api/v1/dossiers)', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let counter: ApiClient;
  let otherCommune: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' }); // Monday 09:15 in Vietnam
    anonymous = new ApiClient(t.baseUrl);
    counter = await anonymous.login('tiepnhan');
    otherCommune = await anonymous.login('tiepnhan2');
  });
  afterAll(() => t.close());

  async function rowsOf(sql: string): Promise<any[]> {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  async function countRows(table: string): Promise<number> {
    return (await rowsOf(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  }

  it('receives a dossier: code of DOMAIN.md §3, status 2, due date, tracking URL and an audit event', async () => {
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    expect(response.body.code).toBe('000.17.22.H56-261123-0001');
    expect(response.body.statusCode).toBe(2);
    expect(response.body.status).toBe('Được tiếp nhận');
    expect(new Date(response.body.receivedAt).toISOString()).toBe('2026-11-23T02:15:00.000Z');
    expect(new Date(response.body.dueAt).getTime()).toBeGreaterThan(new Date(response.body.receivedAt).getTime());
    expect(response.body.trackingUrl).toMatch(/^http:\/\/motcua\.test\/tra-cuu\/000\.17\.22\.H56-261123-0001\?t=[A-Za-z0-9_-]{22}$/);

    const detail = await counter.get(`/api/v1/dossiers/${response.body.code}`);
    expect(detail.status).toBe(200);
    expect(detail.body.applicant.phone).toBe('0912345678');
    expect(detail.body.procedureName).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(detail.body.originalDueAt).toBe(detail.body.dueAt);
    expect(detail.body.ruleVersion).toBe('ND118-2025');
    expect(detail.body.documents.map((d: { name: string }) => d.name)).toContain('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân');
    expect(detail.body.events).toHaveLength(1);
    expect(detail.body.events[0]).toMatchObject({ type: 'received', toStatus: 2, actor: 'Nguyễn Thị Thu Hà' });
  });

  it('answers 401 without a token and 403 for a role that may not receive', async () => {
    expect((await anonymous.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).status).toBe(401);
    const officer = await anonymous.login('chuyenvien');
    const response = await officer.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(403);
    expect(response.body.error).toBe('Forbidden');
  });

  it('rejects bad input with 400 naming each failing field, and writes nothing', async () => {
    const before = await countRows('dossiers');
    const response = await counter.post('/api/v1/dossiers', {
      procedureCode: '1.004873',
      applicant: { fullName: 'X', idNumber: '12345', phone: '12', address: '' },
      channel: 'fax',
      unexpected: true,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['applicant.fullName', 'applicant.idNumber', 'applicant.phone', 'applicant.address', 'channel', 'unexpected']));
    expect(await countRows('dossiers')).toBe(before);
    expect(await countRows('dossier_events')).toBe(before);
  });

  it('rejects an unknown procedure, a malformed JSON body and a future receivedAt with 400', async () => {
    const unknown = await counter.post('/api/v1/dossiers', { procedureCode: '9.999999', applicant, channel: 'direct' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('procedureCode');
    const malformed = await counter.post('/api/v1/dossiers', '{"procedureCode": ');
    expect(malformed.status).toBe(400);
    const admin = await anonymous.login('admin');
    const future = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct', receivedAt: '2026-12-01T08:00:00+07:00' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('receivedAt');
    const notAdmin = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct', receivedAt: '2026-11-20T08:00:00+07:00' });
    expect(notAdmin.status).toBe(403);
  });

  it('lets an administrator back-fill a paper dossier received earlier, coded on its receipt day', async () => {
    const admin = await anonymous.login('admin');
    const response = await admin.post('/api/v1/dossiers', { procedureCode: '2.000720', applicant, channel: 'postal', receivedAt: '2026-11-02T09:00:00+07:00' });
    expect(response.status).toBe(201);
    expect(response.body.code).toBe('000.17.22.H56-261102-0001');
    const listed = await admin.get('/api/v1/dossiers?overdue=true');
    expect(listed.body.items.map((d: { code: string }) => d.code)).toContain(response.body.code);
  });

  it('returns the same dossier for a repeated Idempotency-Key (200), even when the repeats race', async () => {
    const body = { procedureCode: '2.000815', applicant, channel: 'direct' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => counter.post('/api/v1/dossiers', body, { 'Idempotency-Key': 'counter-7-0001' })),
    );
    const codes = new Set(responses.map((r) => r.body.code));
    expect(codes.size).toBe(1);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const again = await counter.post('/api/v1/dossiers', body, { 'Idempotency-Key': 'counter-7-0001' });
    expect(again.status).toBe(200);
    expect(again.body.code).toBe([...codes][0]);
    // The repeats allocated nothing for good: the next dossier of the series follows without a gap.
    const next = await counter.post('/api/v1/dossiers', body, { 'Idempotency-Key': 'counter-7-0001b' });
    expect(next.status).toBe(201);
    const sequence = (code: string) => Number(code.slice(-4));
    expect(next.body.code.slice(0, -4)).toBe(again.body.code.slice(0, -4));
    expect(sequence(next.body.code)).toBe(sequence(again.body.code) + 1);
  });

  it('refuses a repeated Idempotency-Key carrying another dossier (409), and writes nothing', async () => {
    const first = await counter.post('/api/v1/dossiers', { procedureCode: '2.000815', applicant, channel: 'direct' }, { 'Idempotency-Key': 'counter-7-0002' });
    expect(first.status).toBe(201);
    const before = await rowsOf(`SELECT count(*)::int AS n FROM dossiers`);
    const other = await counter.post(
      '/api/v1/dossiers',
      { procedureCode: '1.001193', applicant: { ...applicant, idNumber: '001099012345' }, channel: 'direct' },
      { 'Idempotency-Key': 'counter-7-0002' },
    );
    expect(other.status).toBe(409);
    expect(other.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('procedureCode, applicant.idNumber') }]);
    expect(other.body.errors[0].message).toContain(first.body.code);
    expect(await rowsOf(`SELECT count(*)::int AS n FROM dossiers`)).toEqual(before);
  });

  it('gives 100 concurrent intakes 100 distinct, gapless codes', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => counter.post('/api/v1/dossiers', { procedureCode: '1.001193', applicant, channel: 'online' })),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const sequences = responses.map((r) => Number(r.body.code.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(100);
    expect(sequences[99] - sequences[0]).toBe(99);
    const sequenceRow = (await rowsOf(`SELECT last_value FROM dossier_sequences WHERE agency_code = '000.17.22.H56' AND receipt_date = '2026-11-23'`));
    expect(sequenceRow[0].last_value).toBe(sequences[99]);
  });

  it("hides another agency's dossier behind 404, like an unknown code", async () => {
    const mine = await counter.post('/api/v1/dossiers', { procedureCode: '1.000656', applicant, channel: 'direct' });
    const other = await otherCommune.get(`/api/v1/dossiers/${mine.body.code}`);
    expect(other.status).toBe(404);
    const unknown = await otherCommune.get('/api/v1/dossiers/000.18.22.H56-261123-9999');
    expect(unknown.status).toBe(404);
    expect(other.body).toEqual({ ...unknown.body, message: other.body.message });
    const list = await otherCommune.get('/api/v1/dossiers');
    expect(list.body.items.map((d: { code: string }) => d.code)).not.toContain(mine.body.code);
  });

  it('searches by code, by name without accents, and by phone', async () => {
    const byName = await counter.get(`/api/v1/dossiers?q=${encodeURIComponent('hong nhung')}&pageSize=5`);
    expect(byName.body.total).toBeGreaterThan(0);
    expect(byName.body.items[0].applicant.fullName).toBe('Nguyễn Thị Hồng Nhung');
    const byPhone = await counter.get('/api/v1/dossiers?q=345678&pageSize=5');
    expect(byPhone.body.total).toBe(byName.body.total);
    const nobody = await counter.get(`/api/v1/dossiers?q=${encodeURIComponent('Trần Văn Không Có')}`);
    expect(nobody.body.total).toBe(0);
    const badPage = await counter.get('/api/v1/dossiers?pageSize=1000');
    expect(badPage.status).toBe(400);
    expect(badPage.body.errors[0].field).toBe('pageSize');
  });

  it('keeps the audit trail append-only: the database refuses UPDATE and DELETE', async () => {
    await expect(rowsOf(`UPDATE dossier_events SET actor_name = 'x'`)).rejects.toThrow(/append-only/);
    await expect(rowsOf(`DELETE FROM dossier_events`)).rejects.toThrow(/append-only/);
    await expect(rowsOf(`TRUNCATE dossier_events CASCADE`)).rejects.toThrow(/append-only/);
  });

  it('refuses a wrong password with 401 and the error format', async () => {
    const response = await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan', password: 'wrong-password' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const missing = await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('password');
  });

  it('writes sequences past 9999 with all their digits, codes that read back to the same sequence', async () => {
    await rowsOf(`UPDATE dossier_sequences SET last_value = 9998 WHERE agency_code = '000.18.22.H56' AND receipt_date = '2026-11-23'`);
    await rowsOf(`INSERT INTO dossier_sequences (agency_code, receipt_date, last_value) VALUES ('000.18.22.H56', '2026-11-23', 9998) ON CONFLICT DO NOTHING`);
    const codes: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await otherCommune.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
      expect(response.status).toBe(201);
      codes.push(response.body.code);
    }
    expect(codes).toEqual(['000.18.22.H56-261123-9999', '000.18.22.H56-261123-10000']);
    const rows = await rowsOf(`SELECT code, code_sequence FROM dossiers WHERE code = ANY('{${codes.join(',')}}') ORDER BY code_sequence`);
    expect(rows).toEqual([
      { code: codes[0], code_sequence: 9999 },
      { code: codes[1], code_sequence: 10000 },
    ]);
    const events = await rowsOf(`SELECT e.data->>'code' AS code FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = '${codes[1]}'`);
    expect(events).toEqual([{ code: codes[1] }]);
  });
});
