import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { onePagePdf, smallPng } from '../attachments/files';
import { pdfsig } from '../results/pdfsig';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectContains, expectFits, expectText, expectVisible, hasChromium, launchChromium, login, openPage, SCREENS } from './browser-support';

const applicant = { fullName: 'Ngô Thị Thanh Hương', idNumber: '038190066666', phone: '0912 678 345', address: '8 Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa' };

/** Issue 19 as a user does it: files dropped at the counter, reused, a result signed by the officer, downloaded on a phone. */
(hasChromium ? describe : describe.skip)('digitised documents and electronic results in the console (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let counter: ApiClient;
  let pdf: Buffer;
  const opened: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00+07:00' });
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    browser = await launchChromium();
    pdf = await onePagePdf('To khai xac nhan tinh trang hon nhan');
  }, 120_000);
  afterAll(async () => {
    for (const context of opened) await context.close();
    await browser?.close();
    await t?.close();
    expect(problems).toEqual([]);
  });

  async function pageAs(username: string | null, viewport?: { width: number; height: number }): Promise<Page> {
    const made = await openPage(browser, t.clock.now(), viewport);
    opened.push(made.context);
    made.page.on('pageerror', () => undefined);
    const own = made.problems;
    afterEachProblems.push(own);
    if (username) await login(made.page, t.baseUrl, username);
    return made.page;
  }
  const afterEachProblems: string[][] = [];
  afterEach(() => {
    for (const list of afterEachProblems.splice(0)) problems.push(...list);
  });

  async function receive(): Promise<{ code: string; trackingPath: string }> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    const url = new URL(response.body.trackingUrl);
    return { code: response.body.code, trackingPath: `${url.pathname}${url.search}` };
  }

  /** Drops a file on an element the way a browser does (a DataTransfer with the file in a drop event). */
  async function dropFile(page: Page, selector: string, bytes: Buffer, name: string, type: string): Promise<void> {
    const transfer = await page.evaluateHandle(
      ({ data, name, type }) => {
        // Runs in the page (DOM types are not in the tests' lib).
        const scope = globalThis as any;
        const dt = new scope.DataTransfer();
        dt.items.add(new scope.File([new Uint8Array(data)], name, { type }));
        return dt;
      },
      { data: [...bytes], name, type },
    );
    await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
  }

  let first: { code: string; trackingPath: string };

  it('the counter digitises documents by drag-and-drop and file choice, with progress, and previews them', async () => {
    first = await receive();
    const page = await pageAs('tiepnhan');
    await page.goto(`${t.baseUrl}/console/ho-so/${first.code}`);
    await expectVisible(page.locator('[data-testid="doc-TP1"]'));
    await expectText(page.locator('[data-testid="state-TP1"]'), 'Chưa số hóa');

    await dropFile(page, '[data-testid="doc-TP1"]', pdf, 'to-khai.pdf', 'application/pdf');
    await expectText(page.locator('[data-testid="state-TP1"]'), 'Đã số hóa');
    await page.locator('[data-testid="doc-TP3"] input[type=file]').setInputFiles({ name: 'cccd.png', mimeType: 'image/png', buffer: smallPng(40, 24) });
    await expectText(page.locator('[data-testid="state-TP3"]'), 'Đã số hóa');
    await expectText(page.locator('[data-testid="progress-TP3"]').locator('xpath=..').locator('.upload-percent'), '100%');

    // A renamed file is judged by its bytes: refused, said in Vietnamese, nothing stored.
    await page.locator('[data-testid="doc-TP2"] input[type=file]').setInputFiles({ name: 'ban-an.pdf', mimeType: 'application/pdf', buffer: smallPng() });
    await expectContains(page.locator('[data-testid="files-status"]'), 'Tệp không hợp lệ');
    await expectText(page.locator('[data-testid="state-TP2"]'), 'Không bắt buộc');

    await page.locator('[data-testid="doc-TP3"] button', { hasText: 'Xem' }).click();
    await expectVisible(page.locator('[data-testid="file-preview"] img'));
    await page.locator('[data-testid="doc-TP1"] button', { hasText: 'Xem' }).click();
    await expectVisible(page.locator('[data-testid="file-preview"] iframe'));
    await page.waitForTimeout(1500); // Chromium's PDF viewer draws the page a moment after the frame loads
    await page.locator('#d-files').scrollIntoViewIfNeeded();
    await expectFits(page, 'so-hoa-chi-tiet');
  });

  it('offers the applicant’s earlier documents for reuse at the next dossier', async () => {
    const second = await receive();
    const page = await pageAs('tiepnhan');
    await page.goto(`${t.baseUrl}/console/ho-so/${second.code}`);
    await expectText(page.locator('[data-testid="state-TP1"]'), 'Có thể dùng lại');
    await expectContains(page.locator('[data-testid="doc-TP1"]'), `Đã nộp ở hồ sơ ${first.code}`);
    await page.locator('#d-files').scrollIntoViewIfNeeded();
    await expectFits(page, 'so-hoa-dung-lai');
    await page.locator('[data-testid="reuse-TP1"]').click();
    await expectText(page.locator('[data-testid="state-TP1"]'), 'Đã số hóa');
    await expectContains(page.locator('[data-testid="doc-TP1"]'), 'Dùng lại');
  });

  it('the officer uploads the result PDF and the service signs it', async () => {
    const page = await pageAs('chuyenvien');
    await page.goto(`${t.baseUrl}/console/ho-so/${first.code}`);
    await expectVisible(page.locator('[data-testid="result-title"]'));
    await page.locator('[data-testid="result-title"]').fill('Giấy xác nhận tình trạng hôn nhân');
    await page.locator('[data-testid="result-drop"] input[type=file]').setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expectContains(page.locator('[data-testid="results"]'), 'Giấy xác nhận tình trạng hôn nhân');
    await expectContains(page.locator('[data-testid="results"]'), 'DEMO');
    await expectContains(page.locator('[data-testid="files-status"]'), `Đã ký số kết quả ${first.code}-KQ01`);
    await page.locator('[data-testid="results"]').scrollIntoViewIfNeeded();
    await expectFits(page, 'ket-qua-ky-so');
  });

  it('the citizen downloads the signed result from the QR page on a phone; pdfsig finds the signature valid', async () => {
    const page = await pageAs(null, { width: 390, height: 844 });
    await page.goto(`${t.baseUrl}${first.trackingPath}`);
    const card = page.locator('#ket-qua');
    await expectContains(card, 'Giấy xác nhận tình trạng hôn nhân');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'public-ket-qua-phone.png'), fullPage: true });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('a').first().click()]);
    const file = join(SCREENS, 'ket-qua-tai-ve.pdf');
    await download.saveAs(file);
    const report = pdfsig(readFileSync(file));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('UBND PHƯỜNG HẠC THÀNH');
  });
});
