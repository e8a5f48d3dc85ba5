import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { ResultsService } from '../../src/results/results.service';
import { onePagePdf, postMultipart, smallPng, tokenOf } from '../attachments/files';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { pdfsig } from './pdfsig';

const applicant = { fullName: 'Phạm Thị Mai', idNumber: '038190007777', phone: '0912 555 123', address: 'Số 9 Lê Lai, phường Hạc Thành' };
const TITLE = 'Giấy xác nhận tình trạng hôn nhân';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('electronic results (POST /api/v1/dossiers/{code}/results, public download)', () => {
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let tokens: Record<string, string>;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    tokens = Object.fromEntries(await Promise.all(['tiepnhan', 'chuyenvien', 'tiepnhan2'].map(async (u) => [u, await tokenOf(t.baseUrl, u)])));
    counter = new ApiClient(t.baseUrl).withToken(tokens.tiepnhan);
    officer = new ApiClient(t.baseUrl).withToken(tokens.chuyenvien);
    pdf = await onePagePdf('Giay xac nhan tinh trang hon nhan');
  });
  afterAll(() => t.close());

  async function receive(): Promise<{ code: string; token: string }> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return { code: response.body.code, token: new URL(response.body.trackingUrl).searchParams.get('t') as string };
  }

  const issue = (code: string, parts: Array<{ name: string; value: any }>, user = 'chuyenvien') =>
    postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/results`, tokens[user], parts);
  const pdfPart = (bytes: Buffer, type = 'application/pdf') => ({ name: 'file', value: { bytes, type, fileName: 'ket-qua.pdf' } });

  it('signs the authority’s PDF (PAdES) with the demo People’s Committee certificate: pdfsig says the signature is valid', async () => {
    const { code } = await receive();
    const created = await issue(code, [{ name: 'title', value: TITLE }, pdfPart(pdf)]);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: TITLE, signed: true, demo: true, code: `${code}-KQ01` });
    expect(created.body.signer).toContain('UBND PHƯỜNG HẠC THÀNH');

    const file = await officer.getBuffer(created.body.url);
    expect(file.status).toBe(200);
    expect(sha(file.body)).toBe(created.body.sha256);
    const report = pdfsig(file.body);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: UBND PHƯỜNG HẠC THÀNH');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');

    const list = await counter.get(`/api/v1/dossiers/${code}/results`);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
  });

  it('lays out and signs a one-page result itself (generate=true)', async () => {
    const { code } = await receive();
    const created = await issue(code, [{ name: 'title', value: TITLE }, { name: 'generate', value: 'true' }]);
    expect(created.status).toBe(201);
    const file = await officer.getBuffer(created.body.url);
    expect(pdfsig(file.body)).toContain('Signature is Valid.');
  });

  it('refuses the counter (403) and another commune (404), a non-PDF (415), no file (400), an unreadable PDF (422), and stores nothing', async () => {
    const { code } = await receive();
    expect((await issue(code, [{ name: 'title', value: TITLE }, pdfPart(pdf)], 'tiepnhan')).status).toBe(403);
    const otherCommune = new ApiClient(t.baseUrl).withToken(tokens.tiepnhan2);
    expect((await otherCommune.get(`/api/v1/dossiers/${code}/results`)).status).toBe(404);
    expect((await issue(code, [{ name: 'title', value: TITLE }, pdfPart(smallPng(), 'image/png')])).status).toBe(415);
    expect((await issue(code, [{ name: 'title', value: TITLE }])).status).toBe(400);
    const untitled = await issue(code, [pdfPart(pdf)]);
    expect(untitled.status).toBe(400);
    expect(untitled.body.errors[0].field).toBe('title');
    const broken = await issue(code, [{ name: 'title', value: TITLE }, pdfPart(Buffer.from('%PDF-1.4\nthis is not really a pdf'))]);
    expect(broken.status).toBe(422);
    expect((await counter.get(`/api/v1/dossiers/${code}/results`)).body).toEqual([]);
  });

  it('lists the results with download links on the public page with the QR token only, and records the download', async () => {
    const { code, token } = await receive();
    const created = await issue(code, [{ name: 'title', value: TITLE }, pdfPart(pdf)]);
    const anonymous = new ApiClient(t.baseUrl);

    const byToken = await anonymous.get(`/api/v1/public/dossiers/${code}?t=${token}`);
    expect(byToken.status).toBe(200);
    expect(byToken.body.results).toEqual([{ id: created.body.id, title: TITLE, url: `/api/v1/public/dossiers/${code}/results/${created.body.id}.pdf?t=${token}` }]);
    const byPhone = await anonymous.get(`/api/v1/public/dossiers/${code}?phone4=5123`);
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.results).toBeUndefined();
    const page = await anonymous.get(`/tra-cuu/${code}?t=${token}`);
    expect(page.body).toContain('Kết quả điện tử');
    expect(page.body).toContain(`results/${created.body.id}.pdf?t=${token}`);
    const phonePage = await anonymous.request<string>('POST', '/tra-cuu', `code=${encodeURIComponent(code)}&phone4=5123`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(phonePage.status).toBe(200);
    expect(phonePage.body).not.toContain('Kết quả điện tử');

    const download = await anonymous.getBuffer(byToken.body.results[0].url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(sha(download.body)).toBe(created.body.sha256);
    expect(pdfsig(download.body)).toContain('Signature is Valid.');
    expect((await anonymous.getBuffer(`/api/v1/public/dossiers/${code}/results/${created.body.id}.pdf?t=wrong-token-123`)).status).toBe(404);
    expect((await anonymous.getBuffer(`/api/v1/public/dossiers/${code}/results/${created.body.id}.pdf?phone4=5123`)).status).toBe(404);

    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      const rows = (await client.query('SELECT channel, client FROM result_downloads WHERE result_id = $1', [created.body.id])).rows;
      expect(rows).toEqual([{ channel: 'public', client: '127.0.0.1' }]);
    } finally {
      await client.end();
    }
  });

  it('gives the DVCQG record its DanhSachGiayToKetQua (title, code, the citizen’s link)', async () => {
    const { code, token } = await receive();
    const created = await issue(code, [{ name: 'title', value: TITLE }, pdfPart(pdf)]);
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    const [{ id }] = (await client.query('SELECT id FROM dossiers WHERE code = $1', [code])).rows;
    await client.end();
    const list = await t.app.get(ResultsService).dvcqgResults(id);
    expect(list).toEqual([
      { TenGiayTo: TITLE, MaGiayToKetQua: `${code}-KQ01`, DuongDanTepTinKetQua: `http://motcua.test/api/v1/public/dossiers/${code}/results/${created.body.id}.pdf?t=${token}` },
    ]);
  });

  it('detects a tampered signed file on download and serves nothing', async () => {
    const { code, token } = await receive();
    const created = await issue(code, [{ name: 'title', value: TITLE }, pdfPart(pdf)]);
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE stored_file_chunks DISABLE TRIGGER stored_file_chunks_read_only');
      // One byte of the signed content changed, as an attacker editing the stored PDF would.
      await client.query(
        `UPDATE stored_file_chunks SET content = overlay(content placing '\\x41'::bytea from 200 for 1) WHERE n = 0 AND key = (SELECT storage_key FROM dossier_results WHERE id = $1)`,
        [created.body.id],
      );
      await client.query('ALTER TABLE stored_file_chunks ENABLE TRIGGER stored_file_chunks_read_only');
    } finally {
      await client.end();
    }
    const anonymous = new ApiClient(t.baseUrl);
    const download = await anonymous.getBuffer(`/api/v1/public/dossiers/${code}/results/${created.body.id}.pdf?t=${token}`);
    expect(download.status).toBe(500);
    expect(download.body.toString()).toContain('SHA-256');
    expect((await officer.getBuffer(created.body.url)).status).toBe(500);
  });
});
