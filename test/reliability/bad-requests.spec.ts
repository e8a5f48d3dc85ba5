import fc from 'fast-check';
import type { Role } from '../../src/auth/user.entity';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { discoverRoutes, Route, routeKey } from './support/routes';
import { tableChecksums } from './support/table-checksums';

/**
 * 1,000 generated bad requests spread over every endpoint that takes input (derived from the
 * controllers' metadata): malformed JSON, bodies and query strings of the wrong shape with an unknown
 * field, garbage path parameters, garbage credentials. Each must get a 4xx, never a 5xx; a malformed
 * body or query string of the JSON API must be answered with the error format naming the fields; and
 * no table may change.
 */
const RUNS = 1_000;
const USER_OF_ROLE: Record<Role, string> = { counter: 'tiepnhan', officer: 'chuyenvien', head: 'lanhdao', manager: 'quanly', admin: 'admin' };
/** Pages with no input at all (the console's shells answer any path with the same page): nothing about a request to them can be malformed. */
const NO_INPUT = /^GET \/(console(\/.*)?|health(\/ready)?|metrics|tra-cuu)?$/;

type Kind = 'json-syntax' | 'body-shape' | 'body-fields' | 'query-fields' | 'credentials' | 'path';

interface BadRequest {
  route: Route;
  kind: Kind;
  path: string;
  body?: string;
  headers: Record<string, string>;
  /** Fields the error body must name (unknown fields we added). */
  mustName: string[];
}

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '2026-02-30', '9999-99-99T99:99:99Z', '-1', '1e309', 'NaN', '<script>', "' OR 1=1 --", '../../etc/passwd', 'x'.repeat(5_000)),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 })), { maxLength: 4 }),
  fc.object({ maxDepth: 2, maxKeys: 4 }),
);

/** Path parameters that name something real (the dossier code is filled in once received). */
const SANE_PARAMS: Record<string, string> = { year: '2026', agencyCode: '000.17.22.H56', n: '1', id: '1' };

const unknownField = fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/).map((name) => `x_${name}`);

const pathSegment = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    fc.constantFrom('000.17.22.H56-261123-9999', '000.17.22.H56-261123-0000', 'null', 'undefined', '0', '-1', '99999999999', '1.5', '%', 'x'.repeat(600)),
  )
  .map((segment) => encodeURIComponent(segment).replace(/^\.+$/, (dots) => '%2E'.repeat(dots.length)));

function queryString(entries: [string, unknown][]): string {
  const search = new URLSearchParams();
  for (const [key, value] of entries) search.append(key, typeof value === 'string' ? value : JSON.stringify(value) ?? '');
  return search.toString();
}

// Two thousand requests through the whole stack: minutes on a loaded two-core machine, not the default minute.
jest.setTimeout(300_000);

describe('1,000 generated bad requests across every endpoint', () => {
  let t: TestApp;
  let routes: Route[];
  const tokens = new Map<string, string>();
  let realCode: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    const anonymous = new ApiClient(t.baseUrl);
    for (const username of Object.values(USER_OF_ROLE)) {
      const login = await anonymous.post('/api/v1/auth/login', { username, password: 'demo12345' });
      tokens.set(username, login.body.accessToken);
    }
    const counter = anonymous.withToken(tokens.get('tiepnhan')!);
    const intake = await counter.post('/api/v1/dossiers', {
      procedureCode: '1.004873',
      applicant: { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' },
      channel: 'direct',
    });
    realCode = intake.body.code;
    routes = discoverRoutes(t.app);
  });
  afterAll(() => t.close());

  function inputKinds(route: Route): Kind[] {
    const kinds: Kind[] = [];
    if (route.path.startsWith('/console')) return kinds; // static page shells: their data comes from the API under test
    const json = route.path.startsWith('/api/');
    if (route.method !== 'GET' && json) kinds.push('json-syntax');
    if (route.body) kinds.push('body-shape', 'body-fields');
    if (route.query) kinds.push('query-fields');
    if (!route.isPublic) kinds.push('credentials');
    if (route.params.length > 0 || route.namedQueries.length > 0 || (route.method === 'POST' && !json)) kinds.push('path');
    return kinds;
  }

  function tokenFor(route: Route): string | undefined {
    if (route.isPublic) return undefined;
    const role = route.roles?.[0] ?? 'admin';
    return tokens.get(USER_OF_ROLE[role]);
  }

  function badRequest(routesWithInput: Route[]): fc.Arbitrary<BadRequest> {
    return fc
      .constantFrom(...routesWithInput)
      .chain((route) => fc.tuple(fc.constant(route), fc.constantFrom(...inputKinds(route))))
      .chain(([route, kind]): fc.Arbitrary<BadRequest> => {
        const fill = (valueOf: (param: string) => fc.Arbitrary<string>) =>
          fc.tuple(...(route.params.length ? route.params.map(valueOf) : [fc.constant('')])).map((values) => {
            let i = 0;
            return route.path.replace(/:(\w+)/g, () => values[i++]);
          });
        // Valid path parameters except in 'path' requests, so the malformed part is the one under test.
        const sanePath = fill((param) => fc.constant(SANE_PARAMS[param] ?? realCode));
        const token = tokenFor(route);
        const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        switch (kind) {
          case 'json-syntax':
            return fc
              .tuple(sanePath, fc.constantFrom('{', '{"a":', '[1,', '{"procedureCode": "1.004873",}', "{'single': 1}", 'nul', '{"a":1}}', '\u0000'))
              .map(([path, body]) => ({ route, kind, path, body, headers: { ...auth, 'content-type': 'application/json' }, mustName: ['body'] }));
          case 'body-shape':
            return fc
              .tuple(sanePath, fc.oneof(fc.array(garbage, { maxLength: 3 }), fc.constant([])))
              .map(([path, value]) => ({ route, kind, path, body: JSON.stringify(value), headers: { ...auth, 'content-type': 'application/json' }, mustName: [] }));
          case 'body-fields':
            return fc
              .tuple(sanePath, fc.dictionary(fc.constantFrom(...route.body!.properties), garbage, { maxKeys: 6 }), unknownField, garbage)
              .map(([path, fields, extra, extraValue]) => ({
                route,
                kind,
                path,
                body: JSON.stringify({ ...fields, [extra]: extraValue }),
                headers: { ...auth, 'content-type': 'application/json' },
                mustName: [extra],
              }));
          case 'query-fields':
            return fc
              .tuple(sanePath, fc.array(fc.tuple(fc.constantFrom(...route.query!.properties), garbage), { maxLength: 5 }), unknownField, fc.string({ maxLength: 20 }))
              .map(([path, entries, extra, extraValue]) => ({
                route,
                kind,
                path: `${path}?${queryString([...entries, [extra, extraValue]])}`,
                headers: auth,
                mustName: [extra],
              }));
          case 'credentials':
            return fc
              .tuple(sanePath, fc.oneof(fc.constant(undefined), fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`), fc.constantFrom('Bearer', 'Basic YWRtaW46ZGVtbzEyMzQ1', 'bearer  x y', `Bearer ${'A'.repeat(43)}`)))
              .map(([path, header]) => ({
                route,
                kind,
                path,
                body: route.method === 'GET' ? undefined : '{}',
                headers: { ...(header === undefined ? {} : { authorization: header.replace(/[^\x20-\x7e]/g, '?') }), 'content-type': 'application/json' },
                mustName: [],
              }));
          case 'path':
            return fc
              .tuple(fill(() => pathSegment), fc.dictionary(fc.constantFrom(...(route.namedQueries.length ? route.namedQueries : ['code', 'phone4'])), fc.string({ maxLength: 30 }), { maxKeys: 2 }))
              .map(([path, query]) => ({
                route,
                kind,
                path: route.namedQueries.length || route.method === 'POST' ? `${path}?${queryString(Object.entries(query))}` : path,
                // a path-only request to an endpoint with a body still carries a malformed one, so nothing valid can pass
                body: route.method === 'GET' ? undefined : route.path.startsWith('/api/') ? JSON.stringify({ x_unknown: true }) : queryString(Object.entries(query)),
                headers: { ...auth, 'content-type': route.path.startsWith('/api/') ? 'application/json' : 'application/x-www-form-urlencoded' },
                mustName: [],
              }));
        }
      });
  }

  it('answers each with a 4xx (field-level for malformed input), never a 5xx, and writes nothing', async () => {
    const withInput = routes.filter((route) => inputKinds(route).length > 0);
    const without = routes.filter((route) => inputKinds(route).length === 0).map(routeKey);
    expect(without.filter((key) => !NO_INPUT.test(key))).toEqual([]); // every other endpoint is exercised
    expect(withInput.length).toBeGreaterThan(45);

    const before = await tableChecksums(t.db.url);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badRequest(withInput), async (request) => {
        seen.set(routeKey(request.route), (seen.get(routeKey(request.route)) ?? 0) + 1);
        const response = await fetch(`${t.baseUrl}${request.path}`, { method: request.route.method, headers: request.headers, body: request.body });
        const text = await response.text();
        const context = `${request.kind} ${request.route.method} ${request.path.slice(0, 200)} ${request.body?.slice(0, 200) ?? ''} → ${response.status} ${text.slice(0, 300)}`;
        if (response.status < 400 || response.status >= 500) throw new Error(`expected a 4xx: ${context}`);
        const isJson = (response.headers.get('content-type') ?? '').includes('json');
        if (request.route.path.startsWith('/api/') && !isJson) throw new Error(`expected the JSON error format: ${context}`);
        if (!isJson) return;
        const body = JSON.parse(text);
        if (body.statusCode !== response.status || typeof body.error !== 'string' || typeof body.message !== 'string') throw new Error(`error format: ${context}`);
        const malformed = ['json-syntax', 'body-shape', 'body-fields', 'query-fields'].includes(request.kind);
        if (malformed) {
          if (response.status !== 400) throw new Error(`malformed input must be 400: ${context}`);
          const errors = body.errors as { field: unknown; message: unknown }[] | undefined;
          if (!Array.isArray(errors) || errors.length === 0) throw new Error(`no field errors: ${context}`);
          if (!errors.every((e) => typeof e.field === 'string' && e.field !== '' && typeof e.message === 'string')) throw new Error(`field errors: ${context}`);
          const named = new Set(errors.map((e) => e.field as string));
          const missing = request.mustName.filter((field) => !named.has(field));
          if (missing.length > 0) throw new Error(`errors do not name ${missing.join(', ')}: ${context}`);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.MOTCUA_FUZZ_SEED ?? 20261123), endOnFailure: true },
    );
    expect(await tableChecksums(t.db.url)).toEqual(before);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(seen.size).toBe(withInput.length); // every endpoint with input got some
  });

  /**
   * Issue 17.6: hostile input, as opposed to merely malformed: NUL characters (PostgreSQL's text
   * cannot hold one), JSON nested 16,000 deep, raw bytes, huge numbers and far-off years, over the
   * DTOs of every endpoint, plus a corpus of known cases. Each gets a 4xx (or, for a read, any
   * answer but a 5xx), and no table changes.
   */
  it('answers 1,000 hostile requests without a 5xx and writes nothing', async () => {
    const jsonRoutes = routes.filter((route) => route.path.startsWith('/api/') && !route.path.includes('attachments') && !route.path.includes('/results'));
    const withBody = jsonRoutes.filter((route) => route.body);
    const withQuery = jsonRoutes.filter((route) => route.query);
    const withParams = jsonRoutes.filter((route) => route.params.length > 0);
    const deep = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const HUGE = ['1e20', '-1e20', '1e309', '99999999999999999999', '2101', '2101-01-01', '2101-01-01T00:00:00Z', '0001-01-01', '-0', '0x10', '1_000'];
    const withNul = fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`);
    const pathOf = (route: Route, valueOf: (param: string) => string) => route.path.replace(/:(\w+)/g, (_, param: string) => valueOf(param));
    const sane = (param: string) => SANE_PARAMS[param] ?? realCode;
    const json = { 'content-type': 'application/json' };
    type Hostile = { route: Route; path: string; body?: string | Uint8Array; headers: Record<string, string> };
    const auth = (route: Route): Record<string, string> => (tokenFor(route) ? { authorization: `Bearer ${tokenFor(route)}` } : {});
    const hostile: fc.Arbitrary<Hostile> = fc.oneof(
      fc.tuple(fc.constantFrom(...withBody), withNul).map(([route, text]) => ({
        route,
        path: pathOf(route, sane),
        body: JSON.stringify(Object.fromEntries(route.body!.properties.map((name) => [name, text]))),
        headers: { ...auth(route), ...json },
      })),
      fc.tuple(fc.constantFrom(...withBody), fc.integer({ min: 40, max: 16_000 })).map(([route, depth]) => ({
        route,
        path: pathOf(route, sane),
        body: `{"${route.body!.properties[0]}":${deep(depth)}}`,
        headers: { ...auth(route), ...json },
      })),
      fc.tuple(fc.constantFrom(...withBody), fc.uint8Array({ minLength: 1, maxLength: 200 })).map(([route, bytes]) => ({
        route,
        path: pathOf(route, sane),
        body: bytes,
        headers: { ...auth(route), ...json },
      })),
      fc.tuple(fc.constantFrom(...withQuery), fc.array(fc.constantFrom(...HUGE), { minLength: 1, maxLength: 8 })).map(([route, values]) => ({
        route,
        path: `${pathOf(route, sane)}?${new URLSearchParams(route.query!.properties.map((name, i): [string, string] => [name, values[i % values.length]])).toString()}`,
        headers: auth(route),
      })),
      fc.tuple(fc.constantFrom(...withParams), withNul).map(([route, text]) => ({ route, path: pathOf(route, () => encodeURIComponent(text)), headers: { ...auth(route), ...json }, body: route.method === 'GET' ? undefined : '{}' })),
    );
    const byRoute = (method: string, path: string) => routes.find((route) => route.method === method && route.path === path)!;
    const CORPUS: Hostile[] = [
      { route: byRoute('POST', '/api/v1/auth/login'), path: '/api/v1/auth/login', body: JSON.stringify({ username: 'tiep\u0000nhan', password: 'demo12345' }), headers: json },
      { route: byRoute('POST', '/api/v1/auth/login'), path: '/api/v1/auth/login', body: deep(16_000), headers: json },
      { route: byRoute('GET', '/api/v1/public/dossiers/:code'), path: '/api/v1/public/dossiers/000.17.22.H56%00?phone4=5678', headers: {} },
      { route: byRoute('GET', '/api/v1/dossiers'), path: '/api/v1/dossiers?page=1e20', headers: auth(byRoute('GET', '/api/v1/dossiers')) },
      { route: byRoute('PUT', '/api/v1/calendar/years/:year'), path: '/api/v1/calendar/years/2101', body: JSON.stringify({ daysOff: [], workingSaturdays: [], confirmed: true, source: 'x' }), headers: { ...auth(byRoute('PUT', '/api/v1/calendar/years/:year')), ...json } },
      { route: byRoute('GET', '/api/v1/calendar/days'), path: '/api/v1/calendar/days?from=2101-01-01&to=2101-01-31', headers: {} },
      { route: byRoute('GET', '/api/v1/calendar/due-date'), path: '/api/v1/calendar/due-date?from=2101-01-01T00:00:00Z&amount=1&unit=working_days', headers: {} },
      { route: byRoute('POST', '/api/v1/dossiers/:code/handoffs'), path: `/api/v1/dossiers/${realCode}/handoffs`, body: JSON.stringify({ toUnit: 'Tư pháp', toUserId: '00000000-0000-4000-8000-000000000000' }), headers: { ...auth(byRoute('POST', '/api/v1/dossiers/:code/handoffs')), ...json } },
    ];
    const send = async (request: Hostile) => {
      const response = await fetch(`${t.baseUrl}${request.path}`, { method: request.route.method, headers: request.headers, body: request.body });
      const text = await response.text();
      const described = typeof request.body === 'string' ? request.body.slice(0, 120) : `${request.body?.length ?? 0} bytes`;
      const context = `${request.route.method} ${request.path.slice(0, 160)} ${described} → ${response.status} ${text.slice(0, 200)}`;
      if (response.status >= 500) throw new Error(`5xx: ${context}`);
      if (request.route.method !== 'GET' && response.status < 400) throw new Error(`expected a 4xx: ${context}`);
    };

    const before = await tableChecksums(t.db.url);
    for (const request of CORPUS) await send(request);
    await fc.assert(fc.asyncProperty(hostile, send), { numRuns: RUNS, seed: Number(process.env.MOTCUA_FUZZ_SEED ?? 20261204), endOnFailure: true });
    expect(await tableChecksums(t.db.url)).toEqual(before);
  }, 180_000); // 1,000 requests, some of 16,000-deep JSON
});
