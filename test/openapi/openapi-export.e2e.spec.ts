import { exportOpenApiDocument } from '../../src/openapi-export';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** `npm run lint:openapi` lints the document written without a database: it must be the one the service serves. */
describe('the OpenAPI document written by src/openapi-export.ts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:00:00Z' });
  });
  afterAll(() => t?.close());

  it('equals GET /api/docs-json, declares its server and marks exactly the @Public operations as needing no token', async () => {
    const served = (await new ApiClient(t.baseUrl).get('/api/docs-json')).body;
    const exported = await exportOpenApiDocument(t.config.publicBaseUrl);
    expect(exported).toEqual(served);
    expect(served.servers).toEqual([{ url: 'http://motcua.test', description: expect.any(String) }]);
    const publicOps = Object.entries(served.paths as Record<string, Record<string, { security?: unknown[] }>>)
      .flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security?.length === 0).map(([method]) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(publicOps).toEqual(
      [
        'POST /api/v1/auth/login',
        'GET /api/v1/calendar/due-date',
        'GET /api/v1/calendar/days',
        'GET /tra-cuu',
        'POST /tra-cuu',
        'GET /tra-cuu/{code}',
        'GET /api/v1/public/dossiers/{code}',
        'POST /tra-cuu/{code}/danh-gia',
        'POST /api/v1/public/dossiers/{code}/satisfaction',
        'GET /api/v1/public/dossiers/{code}/results/{id}.pdf',
        'GET /health',
        'GET /health/ready',
        'GET /metrics',
      ].sort(),
    );
    // Each of them answers without a token (not 401).
    const anonymous = new ApiClient(t.baseUrl);
    for (const path of ['/api/v1/calendar/days?from=2026-11-23&to=2026-11-24', '/tra-cuu', '/health', '/health/ready']) {
      expect({ path, status: (await anonymous.get(path)).status }).toEqual({ path, status: 200 });
    }
  });
});
