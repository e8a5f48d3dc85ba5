import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectContains, expectCount, expectFits, expectVisible, hasChromium, launchChromium, login, openPage } from './browser-support';

const applicant = { fullName: 'Trần Thị Mai Anh', idNumber: '038190054321', phone: '0987654321', address: '12 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa' };

(hasChromium ? describe : describe.skip)('the counter records the citizen’s satisfaction at the return (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let code: string;
  let counter: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00+07:00' });
    const anonymous = new ApiClient(t.baseUrl);
    counter = await anonymous.login('tiepnhan');
    const officer = await anonymous.login('chuyenvien');
    const received = await counter.post('/api/v1/dossiers', { procedureCode: '2.000815', applicant, channel: 'direct' });
    code = received.body.code;
    expect((await officer.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    expect((await counter.post(`/api/v1/dossiers/${code}/return`, { method: 'counter' })).status).toBe(200);
    browser = await launchChromium();
    ({ context, page, problems } = await openPage(browser));
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('asks for a level, records it once, and shows it on the dossier', async () => {
    await login(page, t.baseUrl, 'tiepnhan');
    await page.goto(`${t.baseUrl}/console/ho-so/${encodeURIComponent(code)}`);
    const action = page.locator('[data-testid=action-rate]');
    await expectVisible(action);
    await action.click();
    const dialog = page.locator('dialog');
    await dialog.locator('[data-testid=dialog-confirm]').click();
    await expectContains(dialog, 'Vui lòng chọn mức độ hài lòng');
    expect((await counter.get(`/api/v1/dossiers/${code}/satisfaction`)).status).toBe(404); // nothing recorded

    await dialog.locator('select[name=level]').selectOption('satisfied');
    await dialog.locator('textarea[name=comment]').fill('Cán bộ hướng dẫn tận tình.');
    await expectFits(page, 'chi-tiet-rating-dialog');
    await dialog.locator('[data-testid=dialog-confirm]').click();

    await expectContains(page.locator('[data-testid=rating]'), 'Hài lòng');
    await expectContains(page.locator('[data-testid=rating]'), 'Cán bộ hướng dẫn tận tình.');
    await expectCount(page.locator('[data-testid=action-rate]'), 0);
    await expectContains(page.locator('#main'), 'Đánh giá mức độ hài lòng'); // the audit trail's entry
    const stored = await counter.get(`/api/v1/dossiers/${code}/satisfaction`);
    expect(stored.body).toMatchObject({ code, level: 'satisfied', source: 'counter', comment: 'Cán bộ hướng dẫn tận tình.' });
    await expectFits(page, 'chi-tiet-rated');
    expect(problems).toEqual([]);
  });
});
