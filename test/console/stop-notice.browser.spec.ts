import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pdfText } from '../../src/documents/testing/pdf-inspect';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectContains, expectFits, expectVisible, hasChromium, launchChromium, login, openPage } from './browser-support';

const applicant = { fullName: 'Lê Văn Thắng', idNumber: '038085012399', phone: '0912000111', address: '3 Bà Triệu, phường Hạc Thành, tỉnh Thanh Hóa' };

(hasChromium ? describe : describe.skip)('stopping a dossier at the applicant’s request, with the signer of form 05 (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let counter: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00+07:00' });
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    browser = await launchChromium();
    ({ context, page, problems } = await openPage(browser));
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('records the reason and the signer, and form 05 prints them', async () => {
    const code = (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).body.code;
    await login(page, t.baseUrl, 'tiepnhan');
    await page.goto(`${t.baseUrl}/console/ho-so/${encodeURIComponent(code)}`);
    await expectVisible(page.locator('[data-testid=action-stop]'));
    await page.locator('[data-testid=action-stop]').click();
    const dialog = page.locator('dialog');
    await dialog.locator('textarea[name=reason]').fill('Người nộp đề nghị dừng để bổ sung giấy tờ khác');
    await dialog.locator('input[name=signerName]').fill('Trần Quốc Hưng');
    await dialog.locator('input[name=signerTitle]').fill('CHỦ TỊCH');
    await expectFits(page, 'chi-tiet-stop-dialog');
    await dialog.locator('[data-testid=dialog-confirm]').click();
    await expectContains(page.locator('#page-message'), 'Đã dừng giải quyết hồ sơ.');

    const pdf = await counter.getBuffer(`/api/v1/dossiers/${code}/stop-notice.pdf`);
    const { text } = await pdfText(pdf.body);
    expect(text).toContain('với lý do: người nộp đề nghị dừng để bổ sung giấy tờ khác');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('Trần Quốc Hưng');
    expect(problems).toEqual([]);
  });
});
