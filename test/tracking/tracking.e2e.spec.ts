import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = { fullName: 'Lê Thị Mai', idNumber: '038185004321', phone: '0903123456', address: 'Số 12 Trần Phú, phường Hạc Thành' };
const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();
const iso = (value: string) => new Date(value).toISOString();

describe('dossier workflow: hand-offs, supplements, resolution, return, stop', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let counter: ApiClient;
  let officer: ApiClient;
  let head: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    anonymous = new ApiClient(t.baseUrl);
    [counter, officer, head] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('chuyenvien'), anonymous.login('lanhdao')]);
  });
  afterAll(() => t.close());

  async function receive(procedureCode = '2.000720'): Promise<string> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode, applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return response.body.code;
  }

  it('records the control slip: step deadlines from the internal process, classes when steps end', async () => {
    t.clock.set(local('2026-11-23T09:00:00'));
    const code = await receive(); // 3 working days → Thu 26/11 09:00; process: counter 2h, Phòng Kinh tế 14h, leader 4h, counter 4h

    t.clock.set(local('2026-11-23T10:00:00'));
    const first = await counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Phòng Kinh tế', toOfficer: 'Lê Văn Minh' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ position: 1, fromUnit: 'Bộ phận Một cửa', toUnit: 'Phòng Kinh tế', handoverResult: 'on_time', closedStep: null });
    // The counter handed over on the day of receipt, before close of business: on time (15:00 rule).
    // 14 working hours from Mon 10:00 → Wed 25/11 08:00.
    expect(iso(first.body.deadlineAt)).toBe(local('2026-11-25T08:00:00'));

    t.clock.set(local('2026-11-25T10:00:00')); // two hours after the appraisal deadline
    const second = await officer.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Lãnh đạo UBND', toOfficer: 'Trần Quốc Hưng' });
    expect(second.status).toBe(201);
    expect(second.body.closedStep).toMatchObject({ position: 1, result: 'late' });
    expect(second.body.handoverResult).toBe('late');
    expect(iso(second.body.deadlineAt)).toBe(local('2026-11-25T15:30:00')); // 4 working hours: 10:00–11:30, then 13:00–15:30

    t.clock.set(local('2026-11-25T14:00:00'));
    const resolved = await head.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.statusCode).toBe(9);

    const detail = await head.get(`/api/v1/dossiers/${code}`);
    expect(detail.body.steps.map((s: { result: string }) => s.result)).toEqual(['late', 'on_time']); // signed 14:00, deadline 15:30 the same day
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['received', 'handoff', 'handoff', 'resolved']);

    const returned = await counter.post(`/api/v1/dossiers/${code}/return`, { method: 'counter' });
    expect(returned.body.statusCode).toBe(10);
    const again = await counter.post(`/api/v1/dossiers/${code}/return`, { method: 'counter' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('Đã trả kết quả');
  });

  it('restarts the deadline from the complete dossier after a supplement (NĐ 61 Art. 19.4)', async () => {
    t.clock.set(local('2026-11-23T09:00:00'));
    const code = await receive('1.004873'); // 3 working days, restart policy
    t.clock.set(local('2026-11-24T09:00:00'));
    const request = await officer.post(`/api/v1/dossiers/${code}/supplement-requests`, { items: [{ name: 'Bản sao Căn cước', kind: 'certified_copy' }], reason: 'Thiếu giấy tờ tùy thân' });
    expect(request.status).toBe(201);
    expect(request.body.statusCode).toBe(5);
    expect(request.body.supplementRequest.number).toBe(1);
    const blocked = await officer.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' });
    expect(blocked.status).toBe(409);

    t.clock.set(local('2026-11-26T14:00:00')); // past the first appointment (26/11 09:00), but the clock waits
    const overdue = await officer.get('/api/v1/dossiers?overdue=true&pageSize=200');
    expect(overdue.body.items.map((d: { code: string }) => d.code)).not.toContain(code);
    const received = await counter.post(`/api/v1/dossiers/${code}/supplements`, {});
    expect(received.status).toBe(200);
    expect(received.body.statusCode).toBe(4);
    // Three working days again from Thu 26/11 14:00 → Tue 1/12 14:00.
    expect(iso(received.body.dueAt)).toBe(local('2026-12-01T14:00:00'));
    expect(received.body.originalDueAt).toBe(received.body.dueAt);
    const detail = await officer.get(`/api/v1/dossiers/${code}`);
    expect(detail.body.supplementRequests[0].receivedAt).not.toBeNull();
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['received', 'supplement_requested', 'supplement_received', 'due_date_changed']);
  });

  it('stops at the applicant’s request and refuses further actions with 409', async () => {
    const code = await receive('1.000656');
    const stop = await counter.post(`/api/v1/dossiers/${code}/stop`, { reason: 'Công dân đề nghị dừng giải quyết' });
    expect(stop.status).toBe(200);
    expect(stop.body.statusCode).toBe(8);
    const handoff = await counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch' });
    expect(handoff.status).toBe(409);
    const withdrawn = await counter.post(`/api/v1/dossiers/${code}/withdraw`, {});
    expect(withdrawn.status).toBe(409);
    const code2 = await receive('1.000656');
    const withdraw = await counter.post(`/api/v1/dossiers/${code2}/withdraw`, {});
    expect(withdraw.body.statusCode).toBe(7);
  });

  it('refuses a dossier after appraisal with its reasons (form 03), once', async () => {
    const code = await receive('1.004873');
    const bad = await officer.post(`/api/v1/dossiers/${code}/refuse`, { reasons: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('reasons');
    const refused = await officer.post(`/api/v1/dossiers/${code}/refuse`, { reasons: ['Người yêu cầu đang có vợ', 'Hồ sơ giả mạo giấy tờ'] });
    expect(refused.status).toBe(200);
    expect(refused.body.statusCode).toBe(3);
    const detail = await officer.get(`/api/v1/dossiers/${code}`);
    expect(detail.body.events.at(-1)).toMatchObject({ type: 'refused', toStatus: 3, data: { reasons: ['Người yêu cầu đang có vợ', 'Hồ sơ giả mạo giấy tờ'] } });
    expect((await officer.post(`/api/v1/dossiers/${code}/refuse`, { reasons: ['x'] })).status).toBe(409);
  });

  it('checks roles, scope and input on every action', async () => {
    const code = await receive();
    expect((await counter.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' })).status).toBe(403);
    expect((await anonymous.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'x' })).status).toBe(401);
    const other = await anonymous.login('tiepnhan2');
    expect((await other.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'x' })).status).toBe(404);
    const bad = await officer.post(`/api/v1/dossiers/${code}/supplement-requests`, { items: [], reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['items', 'reason']));
    const badOutcome = await officer.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'maybe' });
    expect(badOutcome.status).toBe(400);
    const pastByOfficer = await officer.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved', resolvedAt: local('2026-11-23T10:00:00') });
    expect(pastByOfficer.status).toBe(403);
    const detail = await officer.get(`/api/v1/dossiers/${code}`);
    expect(detail.body.statusCode).toBe(2);
    expect(detail.body.events).toHaveLength(1);
  });

  it('lets an administrator enter a past resolution, not before the receipt nor in the future', async () => {
    t.clock.set(local('2026-11-30T09:00:00'));
    const admin = await anonymous.login('admin');
    const back = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'postal', receivedAt: local('2026-11-16T08:00:00') });
    const before = await admin.post(`/api/v1/dossiers/${back.body.code}/resolve`, { outcome: 'approved', resolvedAt: local('2026-11-15T08:00:00') });
    expect(before.status).toBe(400);
    expect(before.body.errors[0].field).toBe('resolvedAt');
    const ok = await admin.post(`/api/v1/dossiers/${back.body.code}/resolve`, { outcome: 'approved', resolvedAt: local('2026-11-18T16:00:00') });
    expect(ok.status).toBe(200);
    expect(iso(ok.body.resolvedAt)).toBe(local('2026-11-18T16:00:00'));
  });
});
