import { trustProxySetting } from '../../src/config/trust-proxy';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const APPLICANT = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' };

/** Issue 17.7: no cache keeps personal data; the client address is taken from a proxy only when told to trust it. */
describe('caching and proxies', () => {
  let t: TestApp;
  let counter: ApiClient;
  let dossier: { code: string; trackingUrl: string };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { publicLookupMaxFailures: 3 } }); // TRUST_PROXY unset
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    dossier = (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct' })).body;
  });
  afterAll(() => t.close());

  it('sends Cache-Control: no-store on staff JSON and PDFs', async () => {
    for (const path of ['/api/v1/dossiers?pageSize=5', `/api/v1/dossiers/${dossier.code}`, '/api/v1/work/mine']) {
      expect([path, (await counter.get(path)).headers.get('cache-control')]).toEqual([path, 'no-store']);
    }
    const pdf = await counter.getBuffer(`/api/v1/dossiers/${dossier.code}/receipt.pdf`);
    expect(pdf.headers.get('cache-control')).toMatch(/no-store/);
    const login = await new ApiClient(t.baseUrl).post('/api/v1/auth/login', { username: 'quanly', password: 'demo12345' });
    expect(login.headers.get('cache-control')).toBe('no-store');
  });

  it('lets the citizen revalidate the public look-up: private, no-cache with an ETag, 304 when unchanged', async () => {
    const token = new URL(dossier.trackingUrl).searchParams.get('t');
    const anonymous = new ApiClient(t.baseUrl);
    const first = await anonymous.get(`/api/v1/public/dossiers/${dossier.code}?t=${token}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${t.baseUrl}/api/v1/public/dossiers/${dossier.code}?t=${token}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await anonymous.get(`/api/v1/public/dossiers/${dossier.code}?phone4=0000`)).headers.get('cache-control')).toBe('no-store');
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says so: a forged header does not get a fresh bucket', async () => {
    t.clock.set('2026-11-23T03:00:00Z'); // past the window of the failure above
    const anonymous = new ApiClient(t.baseUrl);
    for (let i = 0; i < 3; i++) {
      expect((await anonymous.get(`/api/v1/public/dossiers/${dossier.code}?phone4=100${i}`, { 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(404);
    }
    expect((await anonymous.get(`/api/v1/public/dossiers/${dossier.code}?phone4=5678`, { 'x-forwarded-for': '203.0.113.200' })).status).toBe(429);
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses and CIDR ranges', () => {
    expect(trustProxySetting(undefined)).toBe(false);
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('loopback, 10.0.0.0/8,192.168.1.5')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.5']);
    expect(() => trustProxySetting('everyone')).toThrow(/TRUST_PROXY/);
  });

  describe('behind one proxy (TRUST_PROXY=1)', () => {
    let proxied: TestApp;
    beforeAll(async () => {
      proxied = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { trustProxy: 1, publicLookupMaxFailures: 3 } });
    });
    afterAll(() => proxied.close());

    it("gives each citizen its own bucket, and failures at one code from others do not lock that citizen's look-up", async () => {
      const desk = await new ApiClient(proxied.baseUrl).login('tiepnhan');
      const { code } = (await desk.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct' })).body;
      const anonymous = new ApiClient(proxied.baseUrl);
      const lookUp = (digits: string, ip: string) => anonymous.get(`/api/v1/public/dossiers/${code}?phone4=${digits}`, { 'x-forwarded-for': ip });
      for (let client = 1; client <= 4; client++) {
        for (let i = 0; i < 3; i++) expect((await lookUp(`20${client}${i}`, `198.51.100.${client}`)).status).toBe(404);
      }
      expect((await lookUp('9999', '198.51.100.1')).status).toBe(429);
      expect((await lookUp('5678', '198.51.100.77')).status).toBe(200);
    });
  });
});
