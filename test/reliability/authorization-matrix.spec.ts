import type { Role } from '../../src/auth/user.entity';
import { DEMO_COMMUNE, DEMO_COMMUNE_2 } from '../../src/demo/demo-agencies';
import { postMultipart, tokenOf } from '../attachments/files';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { discoverRoutes, Route, routeKey } from './support/routes';

/**
 * Every staff endpoint × every role × the caller's own agency and another agency, plus no token.
 * Who may call what is read from the @Roles metadata the guard enforces (not restated here); the
 * table below only says how to build a request that succeeds, and which kind of scope the endpoint
 * has: a dossier of another agency is hidden (404, like an unknown code), an agency parameter
 * outside the caller's agency is refused (403), and endpoints without either answer alike.
 *
 * Expected: no token → 401; a role outside @Roles → 403; an allowed role → 2xx on its own agency,
 * and 404 / 403 / 2xx on the other agency by scope kind.
 */
const ROLES: Role[] = ['counter', 'officer', 'head', 'manager', 'admin'];
const USER_OF_ROLE: Record<Role, string> = { counter: 'tiepnhan', officer: 'chuyenvien', head: 'lanhdao', manager: 'quanly', admin: 'admin' };
const APPLICANT = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' };
const PERIOD = 'from=2026-11-01&to=2026-11-30';

type Scope = 'own' | 'other';
/** national: a setting of every agency, for a province-level admin only ('own' = the province's admin, 'other' = a commune's). */
type Kind = 'dossier' | 'agency' | 'national' | 'none';
type State = 'received' | 'processing' | 'supplement' | 'resolved' | 'returned' | 'rated' | 'refused' | 'stopped' | 'apology';
interface Call {
  path: string;
  body?: unknown;
  /** A fresh token for calls that end the session (logout). */
  freshToken?: boolean;
}
interface Case {
  kind: Kind;
  call: (role: Role, scope: Scope) => Promise<Call>;
}

// Hundreds of calls through the whole stack: minutes on a loaded two-core machine, not the default minute.
jest.setTimeout(300_000);

describe('authorization: every staff endpoint × role × own/other agency', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  const clients = new Map<string, ApiClient>();
  let other: ApiClient;
  let admin: ApiClient;
  let provinceAdmin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' }); // Monday 09:15 in Vietnam
    anonymous = new ApiClient(t.baseUrl);
    for (const role of ROLES) clients.set(role, await anonymous.login(USER_OF_ROLE[role]));
    other = await anonymous.login('tiepnhan2');
    admin = clients.get('admin')!;
    provinceAdmin = await anonymous.login('admintinh');
  });
  afterAll(() => t.close());

  async function ok<T = any>(response: Promise<{ status: number; body: T }>): Promise<T> {
    const answer = await response;
    if (answer.status >= 300) throw new Error(`fixture step failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** A dossier of the caller's agency in the given state, or of the other commune (its state does not matter: it is hidden). */
  async function dossier(scope: Scope, state: State = 'received'): Promise<string> {
    const counter = scope === 'own' ? clients.get('counter')! : other;
    const { code } = await ok(counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct' }));
    if (scope === 'other' || state === 'received') return code;
    const at = (action: string, body: unknown = {}) => ok(admin.post(`/api/v1/dossiers/${code}/${action}`, body));
    if (state === 'supplement') {
      await at('supplement-requests', { items: [{ name: 'Bản sao giấy khai sinh' }], reason: 'Thiếu giấy tờ' });
      return code;
    }
    if (state === 'stopped') {
      await at('stop', { reason: 'Công dân đề nghị dừng' });
      return code;
    }
    await at('handoffs', { toUnit: 'Công chức Tư pháp - Hộ tịch' });
    if (state === 'resolved' || state === 'returned' || state === 'rated') await at('resolve', { outcome: 'approved' });
    if (state === 'returned' || state === 'rated') await at('return', { method: 'counter' });
    if (state === 'rated') await at('satisfaction', { level: 'satisfied' });
    if (state === 'refused') await at('refuse', { reasons: ['Không đủ điều kiện'] });
    if (state === 'apology') {
      const detail = await ok(admin.get(`/api/v1/dossiers/${code}`));
      await ok(clients.get('head')!.post(`/api/v1/dossiers/${code}/apologies`, { reason: 'Cần xác minh', newDueAt: later(detail.dueAt), signerName: 'Trần Quốc Hưng' }));
    }
    return code;
  }

  const agencyOf = (scope: Scope) => (scope === 'own' ? DEMO_COMMUNE : DEMO_COMMUNE_2);
  const later = (iso: string) => new Date(new Date(iso).getTime() + 7 * 86_400_000).toISOString();
  const onDossier = (suffix: string, state: State = 'received', body?: unknown): Case => ({
    kind: 'dossier',
    call: async (_role, scope) => ({ path: `/api/v1/dossiers/${await dossier(scope, state)}${suffix}`, body }),
  });
  const onAgency = (path: (agency: string) => string): Case => ({ kind: 'agency', call: async (_role, scope) => ({ path: path(agencyOf(scope)) }) });
  const plain = (path: string, body?: unknown): Case => ({ kind: 'none', call: async () => ({ path, body }) });
  /** PUT of what the matching GET returns, limited to the fields PUT takes. */
  const putBack = (kind: Kind, path: (scope: Scope) => string, fields: string[]): Case => ({
    kind,
    call: async (_role, scope) => {
      const current = await ok(admin.get(path('own')));
      return { path: path(scope), body: Object.fromEntries(fields.filter((f) => f in current).map((f) => [f, current[f]])) };
    },
  });
  async function intakeRefusal(scope: Scope): Promise<string> {
    const counter = scope === 'own' ? clients.get('counter')! : other;
    return (await ok(counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant: APPLICANT, reasons: ['Thiếu giấy tờ'] }))).id;
  }
  let accounts = 0;
  /** A fresh staff account of the caller's commune or of the other one (created by the province's admin, who sees both). */
  async function account(scope: Scope): Promise<string> {
    const username = `matrix${++accounts}`;
    await ok(provinceAdmin.post('/api/v1/users', { username, fullName: 'Tài khoản thử', roles: ['officer'], agencyCode: agencyOf(scope), password: 'matrix-pass-1' }));
    return username;
  }
  const onAccount = (suffix: string, body?: unknown): Case => ({ kind: 'dossier', call: async (_role, scope) => ({ path: `/api/v1/users/${await account(scope)}${suffix}`, body }) });
  /** Fixtures made once per scope: the calls below only read them, or add to them. */
  const made = new Map<string, Promise<any>>();
  function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as Promise<T>;
  }

  /** A dossier with a stored attachment (own agency; the other agency's dossier is hidden anyway). */
  function attachment(scope: Scope): Promise<{ code: string; id: string }> {
    return once(`attachment-${scope}`, () => newAttachment(scope));
  }
  async function newAttachment(scope: Scope): Promise<{ code: string; id: string }> {
    const code = await dossier(scope);
    if (scope === 'other') return { code, id: '00000000-0000-4000-8000-000000000000' };
    const file = { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), type: 'application/pdf', fileName: 'scan.pdf' };
    const stored = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, await tokenOf(t.baseUrl, 'tiepnhan'), [
      { name: 'name', value: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' },
      { name: 'file', value: file },
    ]);
    if (stored.status !== 201) throw new Error(`fixture step failed: ${stored.status} ${JSON.stringify(stored.body)}`);
    return { code, id: stored.body.id };
  }
  function result(scope: Scope): Promise<{ code: string; id: string }> {
    return once(`result-${scope}`, () => newResult(scope));
  }
  async function newResult(scope: Scope): Promise<{ code: string; id: string }> {
    const code = await dossier(scope, 'processing');
    if (scope === 'other') return { code, id: '00000000-0000-4000-8000-000000000000' };
    return { code, id: (await ok(admin.post(`/api/v1/dossiers/${code}/results`, { title: 'Giấy xác nhận', generate: true }))).id };
  }
  let rubricId: string | undefined;
  async function rubric(): Promise<string> {
    rubricId ??= String((await ok<any[]>(admin.get('/api/v1/par-rubrics')))[0].id);
    return rubricId;
  }

  const CASES: Record<string, Case> = {
    'GET /api/v1/agencies': plain('/api/v1/agencies'),
    'GET /api/v1/procedures': plain('/api/v1/procedures'),
    'POST /api/v1/auth/password': plain('/api/v1/auth/password', { currentPassword: 'demo12345', newPassword: 'demo12345' }),
    'GET /api/v1/users': plain('/api/v1/users'),
    'POST /api/v1/users': {
      kind: 'agency',
      call: async (_role, scope) => ({ path: '/api/v1/users', body: { username: `created${++accounts}`, fullName: 'Tài khoản mới', roles: ['counter'], agencyCode: agencyOf(scope), password: 'matrix-pass-1' } }),
    },
    'POST /api/v1/users/:username/disable': onAccount('/disable', {}),
    'POST /api/v1/users/:username/enable': onAccount('/enable', {}),
    'POST /api/v1/users/:username/password-reset': onAccount('/password-reset', { newPassword: 'matrix-pass-2' }),
    'PUT /api/v1/users/:username/roles': onAccount('/roles', { roles: ['officer', 'head'] }),
    'POST /api/v1/auth/logout': { kind: 'none', call: async () => ({ path: '/api/v1/auth/logout', body: {}, freshToken: true }) },
    'GET /api/v1/calendar/years/:year': plain('/api/v1/calendar/years/2026'),
    'PUT /api/v1/calendar/years/:year': {
      kind: 'national',
      call: async () => {
        const computed = await ok(admin.get('/api/v1/calendar/years/2027'));
        return { path: '/api/v1/calendar/years/2027', body: { daysOff: computed.daysOff, workingSaturdays: computed.workingSaturdays, confirmed: true, source: 'Thông báo lịch nghỉ 2027' } };
      },
    },
    'GET /api/v1/calendar/agencies/:code': onAgency((a) => `/api/v1/calendar/agencies/${a}`),
    'PUT /api/v1/calendar/agencies/:code': putBack('agency', (s) => `/api/v1/calendar/agencies/${agencyOf(s)}`, ['workingHours', 'saturdayHours', 'cutoff', 'days']),
    'GET /api/v1/dossiers': plain('/api/v1/dossiers?pageSize=5'),
    'POST /api/v1/dossiers': {
      kind: 'agency',
      call: async (_role, scope) => ({
        path: '/api/v1/dossiers',
        body: { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct', ...(scope === 'other' ? { receivingAgencyCode: DEMO_COMMUNE_2 } : {}) },
      }),
    },
    'GET /api/v1/dossiers/:code': onDossier(''),
    'GET /api/v1/dossiers/:code/notifications': onDossier('/notifications'),
    'GET /api/v1/dossiers/:code/receipt.pdf': onDossier('/receipt.pdf'),
    'GET /api/v1/dossiers/:code/control-slip.pdf': onDossier('/control-slip.pdf', 'processing'),
    'GET /api/v1/dossiers/:code/refusal.pdf': onDossier('/refusal.pdf', 'refused'),
    'GET /api/v1/dossiers/:code/stop-notice.pdf': onDossier('/stop-notice.pdf', 'stopped'),
    'GET /api/v1/dossiers/:code/apology.pdf': onDossier('/apology.pdf', 'apology'),
    'GET /api/v1/dossiers/:code/supplement-requests/:n.pdf': onDossier('/supplement-requests/1.pdf', 'supplement'),
    'POST /api/v1/dossiers/:code/handoffs': onDossier('/handoffs', 'received', { toUnit: 'Công chức Tư pháp - Hộ tịch' }),
    'POST /api/v1/dossiers/:code/supplement-requests': onDossier('/supplement-requests', 'processing', { items: [{ name: 'Bản sao giấy khai sinh' }], reason: 'Thiếu giấy tờ' }),
    'POST /api/v1/dossiers/:code/supplements': onDossier('/supplements', 'supplement', {}),
    'GET /api/v1/dossiers/:code/supplement-check': onDossier('/supplement-check', 'processing'),
    'PUT /api/v1/procedures/:code/settings': { kind: 'national', call: async () => ({ path: '/api/v1/procedures/1.004873/settings', body: { supplementWindowDays: 3 } }) },
    'POST /api/v1/dossiers/:code/resolve': onDossier('/resolve', 'processing', { outcome: 'approved' }),
    'POST /api/v1/dossiers/:code/return': onDossier('/return', 'resolved', { method: 'counter' }),
    'POST /api/v1/dossiers/:code/refuse': onDossier('/refuse', 'processing', { reasons: ['Không đủ điều kiện'] }),
    'POST /api/v1/dossiers/:code/stop': onDossier('/stop', 'processing', { reason: 'Công dân đề nghị dừng' }),
    'POST /api/v1/dossiers/:code/withdraw': onDossier('/withdraw', 'processing', { reason: 'Công dân rút hồ sơ' }),
    'POST /api/v1/dossiers/:code/apologies': {
      kind: 'dossier',
      call: async (_role, scope) => {
        const code = await dossier(scope, 'processing');
        const dueAt = scope === 'own' ? (await ok(admin.get(`/api/v1/dossiers/${code}`))).dueAt : '2026-12-01T10:00:00Z';
        return { path: `/api/v1/dossiers/${code}/apologies`, body: { reason: 'Cần xác minh', newDueAt: later(dueAt), signerName: 'Trần Quốc Hưng' } };
      },
    },
    'POST /api/v1/intake-refusals': {
      kind: 'agency',
      call: async (_role, scope) => ({
        path: '/api/v1/intake-refusals',
        body: { procedureCode: '1.004873', applicant: APPLICANT, reasons: ['Thiếu giấy tờ'], ...(scope === 'other' ? { receivingAgencyCode: DEMO_COMMUNE_2 } : {}) },
      }),
    },
    'GET /api/v1/intake-refusals/:id': { kind: 'dossier', call: async (_role, scope) => ({ path: `/api/v1/intake-refusals/${await intakeRefusal(scope)}` }) },
    'GET /api/v1/intake-refusals/:id.pdf': { kind: 'dossier', call: async (_role, scope) => ({ path: `/api/v1/intake-refusals/${await intakeRefusal(scope)}.pdf` }) },
    'GET /api/v1/register.pdf': onAgency((a) => `/api/v1/register.pdf?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/register.xlsx': onAgency((a) => `/api/v1/register.xlsx?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/reports/processing': onAgency((a) => `/api/v1/reports/processing?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/reports/on-time-rate': onAgency((a) => `/api/v1/reports/on-time-rate?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/reports/par-score': onAgency((a) => `/api/v1/reports/par-score?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/reports/overdue-by-procedure': onAgency((a) => `/api/v1/reports/overdue-by-procedure?agencyCode=${a}`),
    'GET /api/v1/index-export': onAgency((a) => `/api/v1/index-export?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/par-rubrics': plain('/api/v1/par-rubrics'),
    'GET /api/v1/par-rubrics/:id': { kind: 'none', call: async () => ({ path: `/api/v1/par-rubrics/${await rubric()}` }) },
    'PUT /api/v1/par-rubrics/:id': {
      kind: 'national',
      call: async () => {
        const current = await ok(admin.get(`/api/v1/par-rubrics/${await rubric()}`));
        const fields = ['name', 'description', 'provinceCode', 'year', 'definition', 'maxScore', 'bands'];
        return { path: `/api/v1/par-rubrics/${await rubric()}`, body: Object.fromEntries(fields.filter((f) => f in current).map((f) => [f, current[f]])) };
      },
    },
    'GET /api/v1/work/queues': plain('/api/v1/work/queues'),
    'GET /api/v1/work/mine': plain('/api/v1/work/mine'),
    'GET /api/v1/work/warnings': plain('/api/v1/work/warnings'),
    'POST /api/v1/work/lateness-scan': plain('/api/v1/work/lateness-scan', {}),
    'GET /api/v1/work/settings/:agencyCode': onAgency((a) => `/api/v1/work/settings/${a}`),
    'PUT /api/v1/work/settings/:agencyCode': {
      kind: 'agency',
      call: async (_role, scope) => ({ path: `/api/v1/work/settings/${agencyOf(scope)}`, body: { dueSoonWorkingMinutes: 480, stepDueSoonWorkingMinutes: 120 } }),
    },
    'POST /api/v1/notifications/dispatch': plain('/api/v1/notifications/dispatch', {}),
    'POST /api/v1/dossiers/:code/satisfaction': onDossier('/satisfaction', 'returned', { level: 'satisfied' }),
    'GET /api/v1/dossiers/:code/satisfaction': onDossier('/satisfaction', 'rated'),
    'GET /api/v1/dossiers/:code/attachments': onDossier('/attachments'),
    'POST /api/v1/dossiers/:code/shared-data-checks': onDossier('/shared-data-checks', 'received', { source: 'population_database', outcome: 'matched' }),
    'GET /api/v1/dossiers/:code/shared-data-checks': onDossier('/shared-data-checks'),
    'GET /api/v1/dossiers/:code/checklist': onDossier('/checklist'),
    'POST /api/v1/dossiers/:code/attachments': {
      kind: 'dossier',
      call: async (_role, scope) => {
        const earlier = await attachment(scope);
        const target = await once(`reuse-target-${scope}`, () => dossier(scope));
        return { path: `/api/v1/dossiers/${target}/attachments`, body: { reuseOf: earlier.id } };
      },
    },
    'GET /api/v1/dossiers/:code/attachments/:id': {
      kind: 'dossier',
      call: async (_role, scope) => {
        const { code, id } = await attachment(scope);
        return { path: `/api/v1/dossiers/${code}/attachments/${id}` };
      },
    },
    'GET /api/v1/dossiers/:code/results': onDossier('/results'),
    'POST /api/v1/dossiers/:code/results': {
      kind: 'dossier',
      call: async (_role, scope) => ({
        path: `/api/v1/dossiers/${await once(`results-target-${scope}`, () => dossier(scope, 'processing'))}/results`,
        body: { title: 'Giấy xác nhận tình trạng hôn nhân', generate: true },
      }),
    },
    'GET /api/v1/dossiers/:code/results/:id.pdf': {
      kind: 'dossier',
      call: async (_role, scope) => {
        const { code, id } = await result(scope);
        return { path: `/api/v1/dossiers/${code}/results/${id}.pdf` };
      },
    },
    'GET /api/v1/index-export/:indicator/dossiers': onAgency((a) => `/api/v1/index-export/2.1/dossiers?${PERIOD}&agencyCode=${a}`),
    'GET /api/v1/dvcqg/outbox': plain('/api/v1/dvcqg/outbox?state=refused'),
    'POST /api/v1/dvcqg/outbox/:code/resend': { kind: 'dossier', call: async (_role, scope) => ({ path: `/api/v1/dvcqg/outbox/${await dossier(scope)}/resend`, body: {} }) },
    'POST /api/v1/dvcqg/backfill': plain('/api/v1/dvcqg/backfill', { from: '2026-11-01', to: '2026-11-30' }),
    'POST /api/v1/dvcqg/sync': plain('/api/v1/dvcqg/sync', {}),
  };

  function expected(route: Route, role: Role | null, scope: Scope, kind: Kind): string {
    if (role === null) return '401';
    if (route.roles && !route.roles.includes(role)) return '403';
    if (scope === 'other' && kind === 'dossier') return '404';
    if (scope === 'other' && kind === 'agency') return '403';
    if (scope === 'other' && kind === 'national') return '403';
    return '2xx';
  }

  it('has a case for every staff endpoint the controllers declare', () => {
    const staff = discoverRoutes(t.app).filter((r) => !r.isPublic).map(routeKey);
    expect(staff.filter((key) => !(key in CASES))).toEqual([]);
  });

  it('answers 401 without a token, 403 outside the role or agency, 404 for another agency’s dossier, 2xx otherwise', async () => {
    const routes = discoverRoutes(t.app).filter((r) => !r.isPublic && routeKey(r) in CASES); // a route without a case fails the test above
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const spec = CASES[routeKey(route)];
      for (const role of [null, ...ROLES]) {
        for (const scope of ['own', 'other'] as Scope[]) {
          if (role === null && scope === 'other') continue;
          const call = await spec.call(role ?? 'admin', scope);
          let client = role === null ? anonymous : clients.get(role)!;
          if (call.freshToken && role !== null) client = await anonymous.login(USER_OF_ROLE[role]);
          if (spec.kind === 'national' && role === 'admin' && scope === 'own') client = provinceAdmin;
          const response = await client.request<any>(route.method, call.path, call.body);
          const got = response.status >= 200 && response.status < 300 ? '2xx' : String(response.status);
          const want = expected(route, role, scope, spec.kind);
          checked++;
          if (got !== want) mismatches.push(`${routeKey(route)} as ${role ?? 'nobody'} on ${scope} agency: ${got} (want ${want}) ${JSON.stringify(response.body).slice(0, 160)}`);
          if (got !== '2xx' && typeof response.body === 'object' && response.body.statusCode !== response.status) {
            mismatches.push(`${routeKey(route)} as ${role}: error body is not the error format`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(routes.length * 11);
  }, 300_000); // about 80 endpoints × 11 callers, each with its fixture: minutes on a loaded machine
});
