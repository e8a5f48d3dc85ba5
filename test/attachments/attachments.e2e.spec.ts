import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { queryRows } from '../support/test-database';
import { JPEG_BYTES, onePagePdf, postMultipart, smallPng, tokenOf } from './files';

const applicant = { fullName: 'Lê Văn Tám', idNumber: '038090001234', phone: '0912000111', address: 'Số 3 Lê Lai, phường Hạc Thành' };
const FORM = 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('digitised documents (POST/GET /api/v1/dossiers/{code}/attachments)', () => {
  let t: TestApp;
  let counter: ApiClient;
  let counterToken: string;
  let otherToken: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { uploadMaxBytes: 256 * 1024 } });
    counterToken = await tokenOf(t.baseUrl, 'tiepnhan');
    otherToken = await tokenOf(t.baseUrl, 'tiepnhan2');
    counter = new ApiClient(t.baseUrl).withToken(counterToken);
    pdf = await onePagePdf('To khai');
  });
  afterAll(() => t.close());

  async function receive(idNumber = applicant.idNumber): Promise<string> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: { ...applicant, idNumber }, channel: 'direct' });
    expect(response.status).toBe(201);
    return response.body.code;
  }

  const sql = (text: string, values: unknown[] = []) => queryRows(t.db.url, text, values);

  async function count(table: string): Promise<number> {
    return (await sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  }

  const upload = (code: string, bytes: Buffer, type: string, extra: Record<string, string> = { name: FORM }, token = counterToken) =>
    postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, token, [
      ...Object.entries(extra).map(([name, value]) => ({ name, value })),
      { name: 'file', value: { bytes, type, fileName: 'scan.bin' } },
    ]);

  it('stores a PDF, PNG and JPEG judged by their bytes, with SHA-256, tied to the document list, and serves them back unchanged', async () => {
    const code = await receive();
    const created = await upload(code, pdf, 'application/pdf');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: FORM, documentCode: 'TP1', mediaType: 'application/pdf', size: pdf.length, sha256: sha(pdf), reused: false, digitised: true, kind: 'original' });

    const png = smallPng();
    const image = await upload(code, png, 'image/png', { documentCode: 'TP3', kind: 'copy' });
    expect(image.status).toBe(201);
    expect(image.body).toMatchObject({ documentCode: 'TP3', mediaType: 'image/png', kind: 'copy' });
    // A browser that does not know the type sends octet-stream: the bytes decide.
    const jpeg = await upload(code, JPEG_BYTES, 'application/octet-stream', { name: 'bản án, QUYẾT ĐỊNH ly hôn (nếu đã ly hôn)' });
    expect(jpeg.status).toBe(201);
    expect(jpeg.body).toMatchObject({ documentCode: 'TP2', mediaType: 'image/jpeg' });

    const list = await counter.get(`/api/v1/dossiers/${code}/attachments`);
    expect(list.body.map((a: { documentCode: string }) => a.documentCode)).toEqual(['TP1', 'TP2', 'TP3']); // upload time, then the list's order
    const file = await counter.getBuffer(`/api/v1/dossiers/${code}/attachments/${created.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toContain('no-store');
    expect(sha(file.body)).toBe(sha(pdf));
  });

  it('refuses with 415 what is not PDF/JPEG/PNG or not the declared type, with 413 what is too large, and stores nothing', async () => {
    const code = await receive();
    const before = [await count('attachments'), await count('stored_files')];
    const text = await upload(code, Buffer.from('MZ\x90\x00 not a document'), 'application/pdf');
    expect(text.status).toBe(415);
    expect(text.body.errors).toEqual([{ field: 'file', message: expect.any(String) }]);
    const renamed = await upload(code, smallPng(), 'application/pdf');
    expect(renamed.status).toBe(415);
    expect(renamed.body.message).toContain('image/png');
    const big = await upload(code, Buffer.concat([pdf, Buffer.alloc(300 * 1024, 0x20)]), 'application/pdf');
    expect(big.status).toBe(413);
    const unknownDocument = await upload(code, pdf, 'application/pdf', { name: 'Sổ hộ khẩu' });
    expect(unknownDocument.status).toBe(400);
    expect(unknownDocument.body.errors[0].field).toBe('name');
    const noFile = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/attachments`, counterToken, [{ name: 'name', value: FORM }]);
    expect(noFile.status).toBe(400);
    expect([await count('attachments'), await count('stored_files')]).toEqual(before);
  });

  it('stores a file that arrives in many chunks byte for byte (streamed to PostgreSQL unjoined), and nothing when the request fails after its bytes were sent', async () => {
    const code = await receive();
    const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200 * 1024)]); // incompressible, several network chunks
    const created = await upload(code, scan, 'application/pdf');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ size: scan.length, sha256: sha(scan) });
    const back = await counter.getBuffer(`/api/v1/dossiers/${code}/attachments/${created.body.id}`);
    expect(Buffer.compare(back.body, scan)).toBe(0);
    const keyOf = `(SELECT storage_key FROM attachments WHERE id = $1)`;
    const layout = await sql(`SELECT count(*)::int AS n, max(length(content)) AS widest FROM stored_file_chunks WHERE key = ${keyOf}`, [created.body.id]);
    expect(layout[0]).toEqual({ n: Math.ceil(scan.length / 8000), widest: 8000 }); // rows of one page each
    // Stored as they came: nothing of a chunk row (not even its key) moved out to the TOAST table.
    const toast = await sql(`SELECT pg_relation_size(reltoastrelid)::int AS bytes FROM pg_class WHERE oid = 'stored_file_chunks'::regclass`);
    expect(toast[0]).toEqual({ bytes: 0 });

    // A file stored before the chunks (its bytes in stored_files.content) is served as it was.
    await sql(`ALTER TABLE stored_files DISABLE TRIGGER stored_files_read_only`);
    await sql(`UPDATE stored_files SET content = (SELECT string_agg(content, ''::bytea ORDER BY n) FROM stored_file_chunks WHERE key = ${keyOf}) WHERE key = ${keyOf}`, [created.body.id]);
    await sql(`ALTER TABLE stored_files ENABLE TRIGGER stored_files_read_only`);
    await sql(`DELETE FROM stored_file_chunks WHERE key = ${keyOf}`, [created.body.id]);
    const legacy = await counter.getBuffer(`/api/v1/dossiers/${code}/attachments/${created.body.id}`);
    expect(Buffer.compare(legacy.body, scan)).toBe(0);

    const before = [await count('attachments'), await count('stored_files'), await count('stored_file_chunks')];
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      // The bytes are written first (COPY in the request's transaction); then the row is refused.
      await client.query(`CREATE FUNCTION refuse_attachment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
      await client.query('CREATE TRIGGER attachments_refuse BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION refuse_attachment()');
      expect((await upload(code, scan, 'application/pdf')).status).toBe(500);
      await client.query('DROP TRIGGER attachments_refuse ON attachments');
      await client.query('DROP FUNCTION refuse_attachment()');
    } finally {
      await client.end();
    }
    expect([await count('attachments'), await count('stored_files'), await count('stored_file_chunks')]).toEqual(before);
    expect((await upload(code, scan, 'application/pdf')).status).toBe(201); // the pooled connection is sound after the failure
  });

  it('hides another agency’s dossier (404) and refuses the upload without login (401)', async () => {
    const code = await receive();
    expect((await upload(code, pdf, 'application/pdf', { name: FORM }, otherToken)).status).toBe(404);
    expect((await upload(code, pdf, 'application/pdf', { name: FORM }, '')).status).toBe(401);
    const other = new ApiClient(t.baseUrl).withToken(otherToken);
    expect((await other.get(`/api/v1/dossiers/${code}/attachments`)).status).toBe(404);
  });

  it('reuses a document of the same applicant from an earlier dossier by reference, and shows it at intake as reusable', async () => {
    const first = await receive('038090005555');
    const original = await upload(first, pdf, 'application/pdf');
    const second = await receive('038090005555');
    const checklist = await counter.get(`/api/v1/dossiers/${second}/checklist`);
    expect(checklist.status).toBe(200);
    const form = checklist.body.find((d: { code: string }) => d.code === 'TP1');
    expect(form.attachments).toEqual([]);
    expect(form.reusable).toEqual([expect.objectContaining({ attachmentId: original.body.id, dossierCode: first })]);

    const filesBefore = await count('stored_files');
    const reused = await postMultipart(t.baseUrl, `/api/v1/dossiers/${second}/attachments`, counterToken, [{ name: 'reuseOf', value: original.body.id }]);
    expect(reused.status).toBe(201);
    expect(reused.body).toMatchObject({ reused: true, reuseOf: original.body.id, sha256: sha(pdf), documentCode: 'TP1' });
    expect(await count('stored_files')).toBe(filesBefore); // by reference: no second copy
    const bytes = await counter.getBuffer(`/api/v1/dossiers/${second}/attachments/${reused.body.id}`);
    expect(sha(bytes.body)).toBe(sha(pdf));

    // Another applicant cannot take it, nor can another commune's counter.
    const stranger = await receive('038090009999');
    const refused = await postMultipart(t.baseUrl, `/api/v1/dossiers/${stranger}/attachments`, counterToken, [{ name: 'reuseOf', value: original.body.id }]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('reuseOf');
  });

  it('never serves a stored file whose bytes were changed behind its back (hash check)', async () => {
    const code = await receive();
    const created = await upload(code, pdf, 'application/pdf');
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      // The tables refuse updates even to SQL; a tamperer has to drop the guard first.
      await expect(client.query(`UPDATE stored_files SET content = 'x' WHERE key LIKE '%'`)).rejects.toThrow(/read-only/);
      await expect(client.query(`UPDATE stored_file_chunks SET content = 'x' WHERE key LIKE '%'`)).rejects.toThrow(/read-only/);
      await client.query('ALTER TABLE stored_file_chunks DISABLE TRIGGER stored_file_chunks_read_only');
      await client.query(`UPDATE stored_file_chunks SET content = content || '\\x20'::bytea WHERE n = 0 AND key = (SELECT storage_key FROM attachments WHERE id = $1)`, [created.body.id]);
      await client.query('ALTER TABLE stored_file_chunks ENABLE TRIGGER stored_file_chunks_read_only');
    } finally {
      await client.end();
    }
    const file = await counter.getBuffer(`/api/v1/dossiers/${code}/attachments/${created.body.id}`);
    expect(file.status).toBe(500);
    expect(JSON.parse(file.body.toString()).message).toContain('SHA-256');
  });
});
