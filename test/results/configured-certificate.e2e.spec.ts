import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedP12 } from '../../src/results/self-signed-certificate';
import { onePagePdf, postMultipart, tokenOf } from '../attachments/files';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { pdfsig } from './pdfsig';

const applicant = { fullName: 'Đỗ Văn Hùng', idNumber: '038090004321', phone: '0912444555', address: 'Số 1 Lê Lai, phường Hạc Thành' };

/** A province that configured its authority's certificate (SIGNING_P12_FILE): results, forms 04 and 05 are signed with it. */
describe('with SIGNING_P12_FILE configured', () => {
  let t: TestApp;
  let dir: string;
  let counter: ApiClient;
  let head: ApiClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-p12-'));
    const made = selfSignedP12('Ủy ban nhân dân phường Hạc Thành', 'UBND tỉnh Thanh Hóa', new Date('2026-01-01T00:00:00Z'));
    writeFileSync(join(dir, 'ubnd.p12'), made.p12);
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { signingP12File: join(dir, 'ubnd.p12'), signingP12Password: made.passphrase } });
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    head = await new ApiClient(t.baseUrl).login('lanhdao');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function receive(): Promise<{ code: string; dueAt: string }> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return response.body;
  }

  it('signs results with the configured certificate, not a demo one', async () => {
    const { code } = await receive();
    const created = await postMultipart(t.baseUrl, `/api/v1/dossiers/${code}/results`, await tokenOf(t.baseUrl, 'lanhdao'), [
      { name: 'title', value: 'Giấy xác nhận tình trạng hôn nhân' },
      { name: 'file', value: { bytes: await onePagePdf('Ket qua'), type: 'application/pdf', fileName: 'kq.pdf' } },
    ]);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ demo: false, signed: true });
    const report = pdfsig((await head.getBuffer(created.body.url)).body);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Common Name: Ủy ban nhân dân phường Hạc Thành');
  });

  it('signs form 05 (stop notice) and form 04 (apology), byte-identical on reprint', async () => {
    const stopped = await receive();
    expect((await counter.post(`/api/v1/dossiers/${stopped.code}/stop`, { reason: 'Người nộp đề nghị dừng' })).status).toBe(200);
    const notice = await counter.getBuffer(`/api/v1/dossiers/${stopped.code}/stop-notice.pdf`);
    expect(notice.status).toBe(200);
    expect(pdfsig(notice.body)).toContain('Signature is Valid.');
    expect((await counter.getBuffer(`/api/v1/dossiers/${stopped.code}/stop-notice.pdf`)).body.equals(notice.body)).toBe(true);

    const late = await receive();
    const newDueAt = '2026-12-01'; // a Tuesday after the appointment
    const apology = await head.post(`/api/v1/dossiers/${late.code}/apologies`, { reason: 'Cần xác minh thêm', newDueAt, signerName: 'Trần Quốc Hưng' });
    expect(apology.status).toBe(201);
    const letter = await head.getBuffer(`/api/v1/dossiers/${late.code}/apology.pdf`);
    expect(letter.status).toBe(200);
    expect(pdfsig(letter.body)).toContain('Signature is Valid.');
  });
});
