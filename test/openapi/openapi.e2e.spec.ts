import { postMultipart, tokenOf } from '../attachments/files';
import { ApiClient, JsonResponse } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { API_MD } from './api-md-contract';
import { fieldSchema, mismatches, OpenApiDocument, operation, operations, resolve, responseSchema } from './schema-check';

const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();
const applicant = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: '5 Lê Lai, phường Hạc Thành' };
const CREATED_FIELDS = ['code', 'status', 'statusCode', 'receivedAt', 'dueAt', 'provisional', 'trackingUrl'];

describe('the OpenAPI document (GET /api/docs-json)', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let anonymous: ApiClient;
  let counter: ApiClient;
  let officer: ApiClient;
  let head: ApiClient;
  let manager: ApiClient;
  let admin: ApiClient;
  let provinceAdmin: ApiClient;
  const exercised = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    anonymous = new ApiClient(t.baseUrl);
    [counter, officer, head, manager, admin, provinceAdmin] = await Promise.all(['tiepnhan', 'chuyenvien', 'lanhdao', 'quanly', 'admin', 'admintinh'].map((u) => anonymous.login(u)));
    const response = await anonymous.get('/api/docs-json');
    expect(response.status).toBe(200);
    doc = response.body;
  });
  afterAll(() => t?.close());

  /** Asserts that a real response has the status and the body its operation documents. */
  function conforms(op: string, response: JsonResponse, status: number): void {
    expect({ op, status: response.status }).toEqual({ op, status });
    expect({ op, problems: mismatches(doc, responseSchema(doc, op, status), response.body) }).toEqual({ op, problems: [] });
    exercised.add(`${op} ${status}`);
  }

  async function receive(body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<JsonResponse> {
    return counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct', ...body }, headers);
  }

  it('has a checker that sees undocumented, missing, null and mistyped fields', () => {
    const schema = { $ref: '#/components/schemas/DossierCreatedResponse' };
    const body = { code: 'x', status: 'x', statusCode: 2, receivedAt: '2026-11-23T02:15:00.000Z', dueAt: '2026-11-26', provisional: null, extra: 1 };
    expect(mismatches(doc, schema, body).sort()).toEqual([
      '$.dueAt: 2026-11-26 is not an ISO 8601 instant with an offset',
      '$.extra: not documented',
      '$.provisional: null but not nullable',
      '$.trackingUrl: documented as required, absent',
    ]);
    expect(mismatches(doc, schema, { ...body, statusCode: 11 })).toContain('$.statusCode: 11 not in [1,2,3,4,5,6,7,8,9,10]');
  });

  describe('structure', () => {
    it('gives every operation a summary and a success response, with a schema for JSON', () => {
      const ops = operations(doc);
      expect(ops.length).toBeGreaterThanOrEqual(55);
      for (const [key, op] of ops) {
        expect({ key, summary: op.summary?.trim() || undefined }).toEqual({ key, summary: expect.any(String) });
        const success = Object.keys(op.responses).filter((status) => /^[23]\d\d$/.test(status));
        expect({ key, success: success.length > 0 }).toEqual({ key, success: true });
        for (const status of success.filter((s) => s !== '204' && !s.startsWith('3'))) {
          const content = op.responses[status].content ?? {};
          expect({ key, status, types: Object.keys(content).length > 0 }).toEqual({ key, status, types: true });
          for (const [type, media] of Object.entries(content)) expect({ key, type, schema: !!media.schema }).toEqual({ key, type, schema: true });
        }
      }
    });

    it('gives every request body a schema with properties, and documents every path parameter', () => {
      for (const [key, op] of operations(doc)) {
        for (const media of Object.values(op.requestBody?.content ?? {})) {
          const schema = resolve(doc, media.schema ?? {});
          expect({ key, properties: Object.keys(schema.properties ?? {}).length > 0 }).toEqual({ key, properties: true });
        }
        const pathParams = [...key.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const documented = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect({ key, params: documented.sort() }).toEqual({ key, params: pathParams.sort() });
      }
    });

    it('has no empty component schema and no dangling $ref; errors share ErrorResponse', () => {
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        expect({ name, properties: Object.keys(schema.properties ?? {}).length > 0 }).toEqual({ name, properties: true });
      }
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
      expect(refs.filter((name) => !doc.components.schemas[name])).toEqual([]);
      expect(Object.keys(resolve(doc, { $ref: '#/components/schemas/ErrorResponse' }).properties ?? {}).sort()).toEqual(['error', 'errors', 'message', 'statusCode']);
      const error = responseSchema(doc, 'POST /api/v1/dossiers', 400);
      expect(error.$ref).toBe('#/components/schemas/ErrorResponse');
    });

    it('serves the page itself', async () => {
      const page = await anonymous.get('/api/docs');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
    });
  });

  describe('shared/API.md', () => {
    it.each(API_MD.map((c) => [c.op, c] as const))('documents %s with its parameters and fields', (key, contract) => {
      const op = operation(doc, key);
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect(query).toEqual(expect.arrayContaining(contract.query ?? []));
      const content = op.requestBody?.content ?? {};
      const body = (content['application/json'] ?? content['multipart/form-data'])?.schema;
      for (const field of contract.body ?? []) expect({ field, documented: !!(body && fieldSchema(doc, body, field)) }).toEqual({ field, documented: true });
      if (!contract.response) return;
      const status = contract.status ?? Math.min(...Object.keys(op.responses).map(Number).filter((s) => s >= 200 && s < 300));
      const schema = responseSchema(doc, key, status);
      for (const field of contract.response) expect({ field, documented: !!fieldSchema(doc, schema, field) }).toEqual({ field, documented: true });
    });
  });

  describe('real responses', () => {
    it('POST /api/v1/dossiers: 201 body keys are exactly the documented properties, and the contract fields are among them', async () => {
      const created = await receive({}, { 'Idempotency-Key': 'openapi-0001' });
      conforms('POST /api/v1/dossiers', created, 201);
      const documented = Object.keys(resolve(doc, responseSchema(doc, 'POST /api/v1/dossiers', 201)).properties ?? {});
      expect(Object.keys(created.body).sort()).toEqual(documented.sort());
      expect(documented).toEqual(expect.arrayContaining(CREATED_FIELDS));
      conforms('POST /api/v1/dossiers', await receive({}, { 'Idempotency-Key': 'openapi-0001' }), 200);
    });

    it('follows one dossier from intake to return', async () => {
      const { code } = (await receive()).body;
      const at = `/api/v1/dossiers/${code}`;
      t.clock.set(local('2026-11-23T10:00:00'));
      conforms('POST /api/v1/dossiers/{code}/handoffs', await counter.post(`${at}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: 'Lê Văn Minh' }), 201);
      t.clock.set(local('2026-11-23T14:00:00'));
      const second = await officer.post(`${at}/handoffs`, { toUnit: 'Lãnh đạo UBND', toOfficer: 'Trần Quốc Hưng', note: 'Trình ký' });
      conforms('POST /api/v1/dossiers/{code}/handoffs', second, 201);
      expect(second.body.closedStep).not.toBeNull();
      t.clock.set(local('2026-11-24T09:00:00'));
      const request = await officer.post(`${at}/supplement-requests`, { items: [{ name: 'Giấy xác nhận nơi cư trú', kind: 'copy' }], reason: 'Thiếu giấy tờ' });
      conforms('POST /api/v1/dossiers/{code}/supplement-requests', request, 201);
      t.clock.set(local('2026-11-25T09:00:00'));
      const resumed = await counter.post(`${at}/supplements`, {});
      conforms('POST /api/v1/dossiers/{code}/supplements', resumed, 200);
      const later = await anonymous.get(`/api/v1/calendar/due-date?from=${encodeURIComponent(resumed.body.dueAt)}&amount=2&unit=working_days&mode=end_of_day`);
      conforms('GET /api/v1/calendar/due-date', later, 200);
      const apology = await head.post(`${at}/apologies`, { reason: 'Cần xác minh thông tin cư trú', newDueAt: later.body.dueAt, signerName: 'Trần Quốc Hưng' });
      conforms('POST /api/v1/dossiers/{code}/apologies', apology, 201);
      const again = await head.post(`${at}/apologies`, { reason: 'Lần hai', newDueAt: later.body.dueAt, signerName: 'Trần Quốc Hưng' });
      conforms('POST /api/v1/dossiers/{code}/apologies', again, 422);
      const detail = await officer.get(at);
      conforms('GET /api/v1/dossiers/{code}', detail, 200);
      expect(detail.body.steps).toHaveLength(2);
      expect(detail.body.apology).not.toBeNull();
      t.clock.set(local('2026-11-26T09:00:00'));
      conforms('POST /api/v1/dossiers/{code}/resolve', await officer.post(`${at}/resolve`, { outcome: 'approved', note: 'Đủ điều kiện' }), 200);
      conforms('POST /api/v1/dossiers/{code}/return', await counter.post(`${at}/return`, { method: 'counter' }), 200);
      conforms('POST /api/v1/dossiers/{code}/return', await counter.post(`${at}/return`, { method: 'counter' }), 409);
      const notifications = await officer.get(`${at}/notifications`);
      conforms('GET /api/v1/dossiers/{code}/notifications', notifications, 200);
      expect(notifications.body.length).toBeGreaterThan(0);
      const list = await officer.get('/api/v1/dossiers?status=10&page=1&pageSize=5');
      conforms('GET /api/v1/dossiers', list, 200);
      expect(list.body.items.length).toBeGreaterThan(0);
    });

    it('ends dossiers by stop, withdrawal (no body) and refusal', async () => {
      const [stopped, withdrawn, refused] = await Promise.all([receive(), receive(), receive()]);
      conforms('POST /api/v1/dossiers/{code}/stop', await counter.post(`/api/v1/dossiers/${stopped.body.code}/stop`, { reason: 'Người nộp đề nghị dừng' }), 200);
      conforms('POST /api/v1/dossiers/{code}/withdraw', await counter.post(`/api/v1/dossiers/${withdrawn.body.code}/withdraw`), 200);
      conforms('POST /api/v1/dossiers/{code}/refuse', await officer.post(`/api/v1/dossiers/${refused.body.code}/refuse`, { reasons: ['Không đủ điều kiện'] }), 200);
    });

    it('answers errors in the documented ErrorResponse shape', async () => {
      const invalid = await receive({ applicant: { ...applicant, phone: '12' } });
      conforms('POST /api/v1/dossiers', invalid, 400);
      expect(invalid.body.errors).toEqual([{ field: 'applicant.phone', message: expect.any(String) }]);
      conforms('POST /api/v1/dossiers', await anonymous.post('/api/v1/dossiers', {}), 401);
      conforms('POST /api/v1/dossiers', await officer.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' }), 403);
      conforms('GET /api/v1/dossiers/{code}', await officer.get('/api/v1/dossiers/000.17.22.H56-261123-9999'), 404);
      conforms('POST /api/v1/auth/login', await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan', password: 'wrong-password' }), 401);
    });

    it('documents the catalogue, calendar and auth answers', async () => {
      conforms('POST /api/v1/auth/login', await anonymous.post('/api/v1/auth/login', { username: 'quanly', password: 'demo12345' }), 200);
      conforms('GET /api/v1/agencies', await counter.get('/api/v1/agencies'), 200);
      conforms('GET /api/v1/procedures', await counter.get('/api/v1/procedures?agencyCode=000.17.22.H56'), 200);
      conforms('GET /api/v1/calendar/days', await anonymous.get('/api/v1/calendar/days?from=2026-08-30&to=2026-09-05'), 200);
      const year = await admin.get('/api/v1/calendar/years/2031');
      conforms('GET /api/v1/calendar/years/{year}', year, 200);
      const { daysOff, workingSaturdays } = year.body;
      conforms('PUT /api/v1/calendar/years/{year}', await provinceAdmin.put('/api/v1/calendar/years/2031', { daysOff, workingSaturdays, confirmed: true, source: 'Kiểm thử' }), 200);
      conforms('GET /api/v1/calendar/agencies/{code}', await head.get('/api/v1/calendar/agencies/000.17.22.H56'), 200);
      conforms('PUT /api/v1/calendar/agencies/{code}', await admin.put('/api/v1/calendar/agencies/000.17.22.H56', { cutoff: '15:00' }), 200);
      conforms('GET /health', await anonymous.get('/health'), 200);
    });

    it('documents the work queues, warnings and settings', async () => {
      const officerName = (await anonymous.post('/api/v1/auth/login', { username: 'chuyenvien', password: 'demo12345' })).body.user.fullName;
      const { code } = (await receive()).body;
      await counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: officerName });
      t.clock.set(local('2026-12-10T09:00:00'));
      conforms('POST /api/v1/work/lateness-scan', await admin.post('/api/v1/work/lateness-scan'), 200);
      conforms('GET /api/v1/work/queues', await officer.get('/api/v1/work/queues'), 200);
      const mine = await officer.get('/api/v1/work/mine');
      conforms('GET /api/v1/work/mine', mine, 200);
      expect(mine.body.items.length).toBeGreaterThan(0);
      const warnings = await head.get('/api/v1/work/warnings');
      conforms('GET /api/v1/work/warnings', warnings, 200);
      expect(warnings.body.items.length).toBeGreaterThan(0);
      conforms('GET /api/v1/work/settings/{agencyCode}', await head.get('/api/v1/work/settings/000.17.22.H56'), 200);
      conforms('PUT /api/v1/work/settings/{agencyCode}', await admin.put('/api/v1/work/settings/000.17.22.H56', { dueSoonWorkingMinutes: 480 }), 200);
      conforms('POST /api/v1/notifications/dispatch', await admin.post('/api/v1/notifications/dispatch'), 200);
    });

    it('documents the reports, the index export and the PAR rubrics', async () => {
      const period = 'from=2026-11-01&to=2026-11-30';
      const processing = await manager.get(`/api/v1/reports/processing?${period}&groupBy=procedure`);
      conforms('GET /api/v1/reports/processing', processing, 200);
      expect(processing.body.rows.length).toBeGreaterThan(0);
      conforms('GET /api/v1/reports/on-time-rate', await manager.get(`/api/v1/reports/on-time-rate?${period}&definition=index766`), 200);
      conforms('GET /api/v1/reports/par-score', await manager.get(`/api/v1/reports/par-score?${period}`), 200);
      const overdue = await manager.get('/api/v1/reports/overdue-by-procedure');
      conforms('GET /api/v1/reports/overdue-by-procedure', overdue, 200);
      expect(overdue.body.items.length).toBeGreaterThan(0);
      const index = await manager.get(`/api/v1/index-export?${period}`);
      conforms('GET /api/v1/index-export', index, 200);
      expect(index.body.indicators['2.2'].byProcedure.length).toBeGreaterThan(0);
      const rubrics = await manager.get('/api/v1/par-rubrics');
      conforms('GET /api/v1/par-rubrics', rubrics, 200);
      conforms('GET /api/v1/par-rubrics/{id}', await manager.get(`/api/v1/par-rubrics/${rubrics.body[0].id}`), 200);
      const rubric = { name: 'Thang điểm kiểm thử', year: 2031, definition: 'index766', maxScore: 2, bands: [{ minRate: 1, points: 2 }, { minRate: 0.9, points: 1 }] };
      conforms('PUT /api/v1/par-rubrics/{id}', await provinceAdmin.put('/api/v1/par-rubrics/openapi-test', rubric), 200);
    });

    it('documents refusals at the counter', async () => {
      const created = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons: ['Hồ sơ không thuộc thẩm quyền.'] });
      conforms('POST /api/v1/intake-refusals', created, 201);
      conforms('GET /api/v1/intake-refusals/{id}', await counter.get(`/api/v1/intake-refusals/${created.body.id}`), 200);
    });

    it('documents the digitised documents and the electronic results', async () => {
      const { code } = (await receive()).body;
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
      const file = { bytes: pdf, type: 'application/pdf', fileName: 'scan.pdf' };
      const stored = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, await tokenOf(t.baseUrl, 'tiepnhan'), [{ name: 'documentCode', value: 'TP1' }, { name: 'file', value: file }]);
      conforms(`POST /api/v1/dossiers/{code}/attachments`, { ...stored, headers: new Headers() }, 201);
      conforms(`GET /api/v1/dossiers/{code}/attachments`, await counter.get(`/api/v1/dossiers/${code}/attachments`), 200);
      conforms(`GET /api/v1/dossiers/{code}/checklist`, await counter.get(`/api/v1/dossiers/${code}/checklist`), 200);
      const signed = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/results`, await tokenOf(t.baseUrl, 'chuyenvien'), [{ name: 'title', value: 'Giấy xác nhận' }, { name: 'file', value: file }]);
      conforms(`POST /api/v1/dossiers/{code}/results`, { ...signed, headers: new Headers() }, 201);
      conforms(`GET /api/v1/dossiers/{code}/results`, await officer.get(`/api/v1/dossiers/${code}/results`), 200);
    });

    it('documents the public look-up', async () => {
      const { trackingUrl } = (await receive()).body;
      const url = new URL(trackingUrl);
      const code = decodeURIComponent(url.pathname.split('/').pop() as string);
      const found = await anonymous.get(`/api/v1/public/dossiers/${encodeURIComponent(code)}?t=${url.searchParams.get('t')}`);
      conforms('GET /api/v1/public/dossiers/{code}', found, 200);
      conforms('GET /api/v1/public/dossiers/{code}', await anonymous.get(`/api/v1/public/dossiers/${encodeURIComponent(code)}?t=wrong`), 404);
    });

    it('serves files with the documented media types', async () => {
      const { code } = (await receive()).body;
      const files: Array<[string, string, ApiClient]> = [
        ['GET /api/v1/dossiers/{code}/receipt.pdf', `/api/v1/dossiers/${code}/receipt.pdf`, counter],
        ['GET /api/v1/dossiers/{code}/control-slip.pdf', `/api/v1/dossiers/${code}/control-slip.pdf`, counter],
        ['GET /api/v1/register.xlsx', '/api/v1/register.xlsx?from=2026-11-01&to=2026-11-30', counter],
        ['GET /api/v1/reports/processing', '/api/v1/reports/processing?from=2026-11-01&to=2026-11-30&format=csv', manager],
        ['GET /metrics', '/metrics', anonymous],
        ['GET /tra-cuu', '/tra-cuu', anonymous],
      ];
      for (const [key, path, client] of files) {
        const response = await client.getBuffer(path);
        expect({ key, status: response.status }).toEqual({ key, status: 200 });
        const type = (response.headers.get('content-type') ?? '').split(';')[0];
        const documented = Object.keys(operation(doc, key).responses['200'].content ?? {}).map((t) => t.split(';')[0]);
        expect({ key, type, documented: documented.includes(type) }).toEqual({ key, type, documented: true });
      }
    });

    it('has checked a real success answer of every API.md operation that promises a JSON body', () => {
      const promised = API_MD.filter((c) => c.response).map((c) => c.op);
      expect(promised.filter((op) => ![...exercised].some((e) => e.startsWith(`${op} 2`)))).toEqual([]);
      expect(exercised.size).toBeGreaterThanOrEqual(50);
    });
  });
});
