import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { pdfText } from '../../support/pdf-inspect';
import { freePort } from '../../support/free-port';
import { ApiClient } from '../../support/http';
import { ServiceProcess, startService } from './support/service-process';

const CLI = resolve(__dirname, '../../../dist/src/cli.js');
const APPLICANT = { fullName: 'Lê Thị Thu Hà', idNumber: '038190012345', phone: '0912345678', address: '12 Trần Phú' };

/**
 * Issue 14.5 as a commune would do it: the service on its embedded database, `cli backup` while it
 * runs, `cli restore` into a new data folder, the service started on that folder.
 */
describe('backup of the running embedded service, restored into a new data folder', () => {
  let folder: string;
  const services: ServiceProcess[] = [];

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'motcua-backup-process-'));
    chmodSync(folder, 0o755); // the embedded server runs as the postgres user when we are root
  });
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    rmSync(folder, { recursive: true, force: true });
  });

  async function embeddedEnv(name: string): Promise<Record<string, string>> {
    // One public origin for both, so the tracking links of the copy equal the original's.
    return { MOTCUA_DATA_DIR: join(folder, name), MOTCUA_EMBEDDED_PG_PORT: String(await freePort()), PUBLIC_BASE_URL: 'http://motcua.test' };
  }

  function cli(env: Record<string, string>, ...args: string[]): Promise<string> {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv.DATABASE_URL;
    return promisify(execFile)(process.execPath, [CLI, ...args], { env: childEnv }).then(({ stdout }) => stdout.trim());
  }

  it('finds the dossier with its events and its receipt PDF on the restored copy', async () => {
    const originalEnv = await embeddedEnv('original');
    const original = await startService(undefined, { seedDemo: true, env: originalEnv });
    services.push(original);
    const counter = await new ApiClient(original.baseUrl).login('tiepnhan');
    const created = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: APPLICANT, channel: 'direct' });
    expect(created.status).toBe(201);
    const before = await dossierAndReceipt(counter, created.body.code);

    const file = join(folder, 'motcua.backup');
    expect(await cli(originalEnv, 'backup', '--out', file)).toMatch(/^Backup of the embedded database in .* written to /);
    expect((await counter.get('/health')).status).toBe(200); // the running service kept its database

    const restoredEnv = await embeddedEnv('restored');
    expect(await cli(restoredEnv, 'restore', '--in', file)).toMatch(/^Restored the backup of .*: \d+ tables, \d+ rows \(1 dossiers\)$/);
    await expect(cli(restoredEnv, 'restore', '--in', file)).rejects.toThrow(/already holds a database: restore into an empty MOTCUA_DATA_DIR, or pass --force/);

    const restored = await startService(undefined, { seedDemo: true, env: restoredEnv });
    services.push(restored);
    const restoredCounter = await new ApiClient(restored.baseUrl).login('tiepnhan');
    expect(await dossierAndReceipt(restoredCounter, created.body.code)).toEqual(before);
  });
});

async function dossierAndReceipt(client: ApiClient, code: string): Promise<{ dossier: Record<string, unknown>; receipt: string }> {
  const dossier = await client.get(`/api/v1/dossiers/${code}`);
  expect(dossier.status).toBe(200);
  expect(dossier.body.events.length).toBeGreaterThanOrEqual(1);
  const receipt = await client.getBuffer(`/api/v1/dossiers/${code}/receipt.pdf`);
  expect(receipt.status).toBe(200);
  const text = (await pdfText(receipt.body)).text;
  expect(text).toContain(code);
  return { dossier: dossier.body, receipt: text };
}
