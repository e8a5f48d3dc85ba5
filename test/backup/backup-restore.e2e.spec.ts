import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { restoreCommand } from '../../src/backup/backup-commands';
import { restoreBackup } from '../../src/backup/restore-backup';
import { writeBackup } from '../../src/backup/write-backup';
import type { AppConfig } from '../../src/config/app-config';
import { withDatabase } from '../../src/database/database-url';
import { pdfText } from '../support/pdf-inspect';
import { createHttpApp } from '../../src/http-app';
import { postMultipart, tokenOf } from '../attachments/files';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

jest.setTimeout(120_000);

const NOW = '2026-11-23T02:00:00Z'; // Monday 09:00 in Hà Nội
const applicant = { fullName: 'Lê Thị Thu Hà', idNumber: '038190012345', phone: '0912345678', address: '12 Trần Phú' };

/** The in-process half (DATABASE_URL); the embedded data folder end to end: test/reliability/processes/backup-restore.spec.ts. */
describe('cli backup and restore', () => {
  let t: TestApp;
  let counter: ApiClient;
  let folder: string;
  let backupFile: string;
  let code: string;
  let original: { dossier: Record<string, unknown>; receipt: string };
  let scan: { id: string; bytes: Buffer };
  const serverUrl = () => process.env.MOTCUA_TEST_SERVER_URL as string;
  const scratchDatabase = `${process.env.MOTCUA_TEST_TEMPLATE}_restore_${process.pid}`;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'motcua-backup-'));
    backupFile = join(folder, 'motcua.backup');
    t = await startTestApp({ now: NOW });
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    code = (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).body.code;
    const officer = (await counter.get('/api/v1/auth/me')).body;
    expect((await counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: officer.fullName ?? 'Nguyễn Văn An' })).status).toBeLessThan(500);
    // A digitised document stored in PostgreSQL, as several rows of stored_file_chunks.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(20_000)]);
    const stored = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, await tokenOf(t.baseUrl, 'tiepnhan'), [
      { name: 'documentCode', value: 'TP1' },
      { name: 'file', value: { bytes, type: 'application/pdf', fileName: 'scan.pdf' } },
    ]);
    expect(stored.status).toBe(201);
    scan = { id: stored.body.id, bytes };
    original = await dossierAndReceipt(counter, code);
  });
  afterAll(async () => {
    await t?.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${scratchDatabase} WITH (FORCE)`));
    rmSync(folder, { recursive: true, force: true });
  });

  async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it('backs up while the service takes dossiers: one snapshot, every dossier with its events, owner-only file', async () => {
    const intakes = Array.from({ length: 6 }, () => counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' }));
    const summary = await writeBackup(t.db.url, backupFile);
    await Promise.all(intakes);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${backupFile}.partial`)).toBe(false);
    const dossiers = summary.tables.find((table) => table.table === 'dossiers')!.rows;
    expect(dossiers).toBeGreaterThanOrEqual(1);
    const text = gunzipSync(readFileSync(backupFile)).toString('utf8');
    const dossierIds = copyRows(text, 'dossiers').map((row) => row.id);
    const withEvents = new Set(copyRows(text, 'dossier_events').map((row) => row.dossier_id));
    expect(dossierIds.length).toBe(dossiers);
    expect(dossierIds.filter((id) => !withEvents.has(id))).toEqual([]); // intake writes both in one transaction
    expect(copyRows(text, 'dossiers').map((row) => row.code)).toContain(code);
    expect(text.trimEnd().endsWith('-- end of motcua backup')).toBe(true);
  });

  it('restores into an empty DATABASE_URL database, refuses a non-empty one without --force, and replaces it with', async () => {
    const url = withDatabase(serverUrl(), scratchDatabase);
    const config: AppConfig = { ...t.config, databaseUrl: url };
    expect(await restoreCommand(config, backupFile, false)).toMatch(/^Restored the backup of .* into DATABASE_URL: \d+ tables, \d+ rows \(\d+ dossiers\)$/);
    const app = await createHttpApp({ ...config, databaseUrl: url, seedDemo: false }, new TestClock(new Date(NOW)));
    try {
      await app.listen(0, '127.0.0.1');
      app.getHttpServer().keepAliveTimeout = 60_000; // as startTestApp: a loaded machine must not meet the server closing a reused connection
      const client = await new ApiClient(`http://127.0.0.1:${app.getHttpServer().address().port}`).login('tiepnhan');
      expect(await dossierAndReceipt(client, code)).toEqual(original);
      const file = await client.getBuffer(`/api/v1/dossiers/${code}/attachments/${scan.id}`);
      expect(file.status).toBe(200);
      expect(Buffer.compare(file.body, scan.bytes)).toBe(0);
      // The sequences go on after the backup's last rows: a new dossier and its events insert without a clash.
      expect((await client.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).status).toBe(201);
    } finally {
      await app.close();
    }
    await expect(restoreCommand(config, backupFile, false)).rejects.toThrow(`The database ${scratchDatabase} is not empty`);
    await expect(restoreBackup(url, backupFile, { force: true })).resolves.toEqual(expect.objectContaining({ takenAt: expect.any(String) }));
    const [{ n }] = await query(url, `SELECT count(*)::int AS n FROM dossiers WHERE code = $1`, [code]);
    expect(n).toBe(1);
  });

  it('restores nothing from a truncated file and leaves the database empty', async () => {
    const text = gunzipSync(readFileSync(backupFile)).toString('utf8');
    const truncated = join(folder, 'truncated.backup');
    writeFileSync(truncated, gzipSync(text.slice(0, Math.floor(text.length * 0.8))));
    const url = withDatabase(serverUrl(), scratchDatabase);
    await expect(restoreBackup(url, truncated, { force: true })).rejects.toThrow(/truncated/);
    const [{ n }] = await query(url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect(n).toBe(0);
  });
});

async function dossierAndReceipt(client: ApiClient, code: string): Promise<{ dossier: Record<string, unknown>; receipt: string }> {
  const dossier = await client.get(`/api/v1/dossiers/${code}`);
  expect(dossier.status).toBe(200);
  expect(dossier.body.events.length).toBeGreaterThanOrEqual(2);
  const receipt = await client.getBuffer(`/api/v1/dossiers/${code}/receipt.pdf`);
  expect(receipt.status).toBe(200);
  const text = (await pdfText(receipt.body)).text;
  expect(text).toContain(code);
  return { dossier: dossier.body, receipt: text };
}

/** The rows of one table's COPY block of a backup, as column → text value. */
function copyRows(text: string, table: string): Array<Record<string, string>> {
  const start = text.split('\n').findIndex((line) => line.startsWith(`COPY public."${table}" (`));
  const lines = text.split('\n');
  const columns = /\((.*)\) FROM stdin;$/.exec(lines[start])![1].split(', ').map((c) => c.replace(/"/g, ''));
  const rows: Array<Record<string, string>> = [];
  for (let i = start + 1; lines[i] !== '\\.'; i++) rows.push(Object.fromEntries(lines[i].split('\t').map((v, j) => [columns[j], v])));
  return rows;
}

async function query(url: string, sql: string, params: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
