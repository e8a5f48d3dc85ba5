import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
// s3rver: a local S3-compatible server (no types published)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
import { pdfsig } from '../results/pdfsig';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { onePagePdf, postMultipart, tokenOf } from './files';

const applicant = { fullName: 'Bùi Văn Long', idNumber: '038090003333', phone: '0912777888', address: 'Số 4 Lê Lai, phường Hạc Thành' };
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A province with object storage: files go to an S3-compatible store (s3rver here), rows to PostgreSQL. */
describe('S3-compatible storage adapter (s3rver)', () => {
  let t: TestApp;
  let dir: string;
  let s3rver: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let s3: S3Client;
  let counter: ApiClient;
  let tokens: Record<string, string>;
  let pdf: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-s3rver-'));
    s3rver = new S3rver({ address: '127.0.0.1', port: 0, directory: dir, silent: true, configureBuckets: [{ name: 'motcua' }] });
    const { port } = await s3rver.run();
    const endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { s3: { endpoint, bucket: 'motcua', region: 'us-east-1', prefix: 'hs/', ...credentials } } });
    tokens = Object.fromEntries(await Promise.all(['tiepnhan', 'chuyenvien'].map(async (u) => [u, await tokenOf(t.baseUrl, u)])));
    counter = new ApiClient(t.baseUrl).withToken(tokens.tiepnhan);
    pdf = await onePagePdf('To khai');
  });
  afterAll(async () => {
    await t?.close();
    await s3rver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function objects(): Promise<string[]> {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'motcua' }));
    return (listed.Contents ?? []).map((o) => o.Key as string).sort();
  }

  async function receive(): Promise<string> {
    return (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).body.code;
  }

  it('stores attachments and signed results as objects, none in PostgreSQL, and serves them back by hash', async () => {
    const code = await receive();
    const stored = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, tokens.tiepnhan, [
      { name: 'documentCode', value: 'TP1' },
      { name: 'file', value: { bytes: pdf, type: 'application/pdf', fileName: 'a.pdf' } },
    ]);
    expect(stored.status).toBe(201);
    const result = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/results`, tokens.chuyenvien, [{ name: 'title', value: 'Giấy xác nhận' }, { name: 'generate', value: 'true' }]);
    expect(result.status).toBe(201);
    const keys = await objects();
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.startsWith('hs/'))).toBe(true);

    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM stored_files')).rows[0].n).toBe(0);
      expect((await client.query(`SELECT storage FROM attachments WHERE id = $1`, [stored.body.id])).rows[0].storage).toBe('s3');
    } finally {
      await client.end();
    }
    const back = await counter.getBuffer(`/api/v1/dossiers/${code}/attachments/${stored.body.id}`);
    expect(createHash('sha256').update(back.body).digest('hex')).toBe(stored.body.sha256);
    expect(pdfsig((await counter.getBuffer(result.body.url)).body)).toContain('Signature is Valid.');
  });

  it('leaves no orphan object when the row cannot be written', async () => {
    const code = await receive();
    const before = await objects();
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      // A failure after the object was written: the insert of the row is refused.
      await client.query(`CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
      await client.query('CREATE TRIGGER attachments_refuse BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION refuse_insert()');
      const failed = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, tokens.tiepnhan, [
        { name: 'documentCode', value: 'TP1' },
        { name: 'file', value: { bytes: pdf, type: 'application/pdf', fileName: 'a.pdf' } },
      ]);
      expect(failed.status).toBe(500);
      await client.query('DROP TRIGGER attachments_refuse ON attachments');
    } finally {
      await client.end();
    }
    expect(await objects()).toEqual(before);
  });
});
