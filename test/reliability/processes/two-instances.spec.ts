import { ApiClient } from '../../support/http';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { integrityProblems, storedDossiers } from './support/integrity';
import { ServiceProcess, startService } from './support/service-process';

/**
 * Two service processes on one database, 200 intakes at once spread over both and over two
 * communes: every intake is acknowledged, the codes are unique and each commune's day is numbered
 * 1…n without a gap, whichever instance took the request.
 */
const INTAKES = 200;
const APPLICANT = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' };

describe('concurrency: 200 parallel intakes across two service instances', () => {
  let db: TestDatabase;
  let first: ServiceProcess;
  let second: ServiceProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await startService(db.url, { seedDemo: true });
    second = await startService(db.url, { seedDemo: false }); // same database: the demo accounts are there
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await db?.drop();
  });

  it('acknowledges all of them with unique, gapless codes and one received event each', async () => {
    const counters = await Promise.all([
      new ApiClient(first.baseUrl).login('tiepnhan'),
      new ApiClient(second.baseUrl).login('tiepnhan'),
      new ApiClient(first.baseUrl).login('tiepnhan2'),
      new ApiClient(second.baseUrl).login('tiepnhan2'),
    ]);
    const responses = await Promise.all(
      Array.from({ length: INTAKES }, (_, i) =>
        counters[i % counters.length].post(
          '/api/v1/dossiers',
          { procedureCode: i % 2 ? '1.004873' : '1.001193', applicant: APPLICANT, channel: i % 3 ? 'direct' : 'online' },
          { 'Idempotency-Key': `two-instances-${i}` },
        ),
      ),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const codes = responses.map((r) => r.body.code as string);
    expect(new Set(codes).size).toBe(INTAKES);

    const stored = await storedDossiers(db.url);
    expect(stored.map((d) => d.code).sort()).toEqual([...codes].sort());
    const byAgency = new Map<string, number[]>();
    for (const d of stored) byAgency.set(d.agency, [...(byAgency.get(d.agency) ?? []), d.sequence]);
    expect([...byAgency.values()].map((s) => s.length).sort()).toEqual([INTAKES / 2, INTAKES / 2]);
    expect(await integrityProblems(db.url)).toEqual([]);

    // Each instance answers for what the other wrote.
    const [viaFirst, viaSecond] = [counters[0], counters[1]];
    const some = codes.filter((c) => c.startsWith('000.17.22.H56')).slice(0, 5);
    for (const code of some) {
      expect((await viaFirst.get(`/api/v1/dossiers/${code}`)).status).toBe(200);
      expect((await viaSecond.get(`/api/v1/dossiers/${code}`)).status).toBe(200);
    }
  });
});
