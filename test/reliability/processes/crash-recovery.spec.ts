import { ApiClient } from '../../support/http';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { integrityProblems, storedDossiers } from './support/integrity';
import { ServiceProcess, startService } from './support/service-process';

/**
 * kill -9 of the service in the middle of an intake load (16 clients, each request with its own
 * Idempotency-Key). After a restart on the same database: every acknowledged dossier is there with
 * its event, nothing is half-written, each day is still numbered without a gap, and the requests that
 * got no answer can be retried with their key: a dossier committed before the crash comes back (200),
 * one that was not is received now (201), never twice.
 */
const CLIENTS = 16;
const ACKS_BEFORE_KILL = 150;
const APPLICANT = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' };

interface Attempt {
  key: string;
  body: unknown;
  login: 'tiepnhan' | 'tiepnhan2';
  status: number | null;
  code?: string;
}

describe('crash: kill -9 during an intake load', () => {
  let db: TestDatabase;
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await service?.stop();
    await db?.drop();
  });

  it('keeps every acknowledged dossier with its event, none half-written, and retries land exactly once', async () => {
    service = await startService(db.url, { seedDemo: true });
    const clients = {
      tiepnhan: await new ApiClient(service.baseUrl).login('tiepnhan'),
      tiepnhan2: await new ApiClient(service.baseUrl).login('tiepnhan2'),
    };
    const attempts: Attempt[] = [];
    let acknowledged = 0;
    let killed = false;
    const crashed = (async () => {
      while (acknowledged < ACKS_BEFORE_KILL) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      await service!.kill9();
    })();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, worker) => {
        for (let n = 0; !killed; n++) {
          const login = worker % 2 ? 'tiepnhan2' : 'tiepnhan';
          const attempt: Attempt = {
            key: `crash-${worker}-${n}`,
            login,
            body: { procedureCode: n % 2 ? '1.004873' : '1.001193', applicant: APPLICANT, channel: 'direct', note: `worker ${worker} #${n}` },
            status: null,
          };
          attempts.push(attempt);
          try {
            const response = await clients[login].post('/api/v1/dossiers', attempt.body, { 'Idempotency-Key': attempt.key });
            attempt.status = response.status;
            attempt.code = response.body?.code;
            if (response.status === 201) acknowledged++;
          } catch {
            attempt.status = null; // the connection died with the process: no answer
          }
        }
      }),
    );
    await crashed;
    const acked = attempts.filter((a) => a.status === 201);
    const unanswered = attempts.filter((a) => a.status === null);
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    expect(attempts.filter((a) => a.status !== null && a.status !== 201)).toEqual([]);

    // The database as the crash left it: every acknowledged dossier, nothing half-written.
    service = await startService(db.url, { seedDemo: false });
    const afterCrash = await storedDossiers(db.url);
    const stored = new Set(afterCrash.map((d) => d.code));
    expect(acked.filter((a) => !stored.has(a.code!))).toEqual([]);
    expect(await integrityProblems(db.url)).toEqual([]);
    // At most the unanswered requests were committed without an answer.
    expect(afterCrash.length - acked.length).toBeGreaterThanOrEqual(0);
    expect(afterCrash.length - acked.length).toBeLessThanOrEqual(unanswered.length);

    // Through the restarted service: the acknowledged dossiers with their audit event.
    const restarted = {
      tiepnhan: await new ApiClient(service.baseUrl).login('tiepnhan'),
      tiepnhan2: await new ApiClient(service.baseUrl).login('tiepnhan2'),
    };
    for (const attempt of acked.slice(0, 20)) {
      const detail = await restarted[attempt.login].get(`/api/v1/dossiers/${attempt.code}`);
      expect(detail.status).toBe(200);
      expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['received']);
    }

    // Retrying the unanswered requests with their keys: 200 for those committed before the crash, 201 for the rest.
    const retries = await Promise.all(unanswered.map((a) => restarted[a.login].post('/api/v1/dossiers', a.body, { 'Idempotency-Key': a.key })));
    expect(retries.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    const replayed = retries.filter((r) => r.status === 200).length;
    expect(replayed).toBe(afterCrash.length - acked.length);
    const final = await storedDossiers(db.url);
    expect(final.length).toBe(acked.length + unanswered.length);
    expect(await integrityProblems(db.url)).toEqual([]);
  });
});
