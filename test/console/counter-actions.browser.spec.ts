import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pdfText } from '../support/pdf-inspect';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectContains, expectCount, expectFits, expectVisible, hasChromium, launchChromium, login, openPage } from './browser-support';

const applicant = { fullName: 'Trần Thị Mai Anh', idNumber: '038190054321', phone: '0987654321', address: '12 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa' };

/** The counter's actions at the end of a dossier's life: the citizen's rating at the return, and a stop with form 05's signer. */
(hasChromium ? describe : describe.skip)('the counter closes dossiers in the console (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let counter: ApiClient;
  let officer: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00+07:00' });
    const anonymous = new ApiClient(t.baseUrl);
    [counter, officer] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('chuyenvien')]);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    ({ context, page, problems } = await openPage(browser, t.clock.now()));
    await login(page, t.baseUrl, 'tiepnhan');
  });
  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  async function receive(procedureCode: string): Promise<string> {
    const received = await counter.post('/api/v1/dossiers', { procedureCode, applicant, channel: 'direct' });
    expect(received.status).toBe(201);
    return received.body.code;
  }

  async function openDossier(code: string, action: string) {
    await page.goto(`${t.baseUrl}/console/ho-so/${encodeURIComponent(code)}`);
    await expectVisible(page.locator(`[data-testid=action-${action}]`));
    await page.locator(`[data-testid=action-${action}]`).click();
    return page.locator('dialog');
  }

  it('asks for the satisfaction level at the return, records it once, and shows it on the dossier', async () => {
    const code = await receive('2.000815');
    expect((await officer.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    expect((await counter.post(`/api/v1/dossiers/${code}/return`, { method: 'counter' })).status).toBe(200);
    const dialog = await openDossier(code, 'rate');
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
  });

  it('records a check against the population database, shows it, and the index export counts it for 4.4', async () => {
    const code = await receive('1.004873');
    const dialog = await openDossier(code, 'shared-data');
    await dialog.locator('select[name=source]').selectOption('population_database');
    await dialog.locator('select[name=outcome]').selectOption('matched');
    await dialog.locator('input[name=reference]').fill('VNeID-2026-000123');
    await expectFits(page, 'chi-tiet-shared-data-dialog');
    await dialog.locator('[data-testid=dialog-confirm]').click();
    await expectContains(page.locator('[data-testid=shared-checks]'), 'Cơ sở dữ liệu quốc gia về dân cư');
    await expectContains(page.locator('[data-testid=shared-checks]'), 'Thông tin khớp · Mã tra cứu VNeID-2026-000123');
    const stored = await counter.get(`/api/v1/dossiers/${code}/shared-data-checks`);
    expect(stored.body).toEqual([expect.objectContaining({ source: 'population_database', outcome: 'matched', reference: 'VNeID-2026-000123' })]);
    const manager = await new ApiClient(t.baseUrl).login('quanly');
    const exported = await manager.get('/api/v1/index-export?from=2026-11-01&to=2026-11-30');
    expect(exported.body.indicators['4.4'].dossiers).toContain(code);
  });

  it('stops a dossier with the reason and the signer, and form 05 prints them', async () => {
    const code = await receive('1.004873');
    const dialog = await openDossier(code, 'stop');
    await dialog.locator('textarea[name=reason]').fill('Người nộp đề nghị dừng để bổ sung giấy tờ khác');
    await dialog.locator('input[name=signerName]').fill('Trần Quốc Hưng');
    await dialog.locator('input[name=signerTitle]').fill('CHỦ TỊCH');
    await expectFits(page, 'chi-tiet-stop-dialog');
    await dialog.locator('[data-testid=dialog-confirm]').click();
    await expectContains(page.locator('#page-message'), 'Đã dừng giải quyết hồ sơ.');

    const { text } = await pdfText((await counter.getBuffer(`/api/v1/dossiers/${code}/stop-notice.pdf`)).body);
    expect(text).toContain('với lý do: người nộp đề nghị dừng để bổ sung giấy tờ khác');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('Trần Quốc Hưng');
    expect(text).not.toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('warns before a second supplement request and once the dossier is late, and marks the agency\'s late request', async () => {
    const code = await receive('1.004873'); // Mon 23/11 09:00, due Thu 26/11 09:00, window to Thu 26/11 17:00
    expect((await counter.post(`/api/v1/dossiers/${code}/supplement-requests`, { items: [{ name: 'Giấy xác nhận cư trú' }], reason: 'Thiếu giấy tờ' })).status).toBe(201);
    t.clock.set('2026-11-24T09:00:00+07:00');
    expect((await counter.post(`/api/v1/dossiers/${code}/supplements`, {})).status).toBe(200); // due again Fri 27/11 09:00
    t.clock.set('2026-11-30T09:00:00+07:00'); // Monday: past the window and the deadline
    try {
      const dialog = await openDossier(code, 'supplement');
      const warnings = dialog.locator('[data-testid=supplement-warnings] li');
      await expectCount(warnings, 2);
      await expectContains(warnings.nth(0), 'lần thứ hai');
      await expectContains(warnings.nth(1), 'quá hạn');
      await expectContains(dialog, 'thời hạn giải quyết không được tính lại');
      await expectFits(page, 'chi-tiet-supplement-warnings');
      await dialog.locator('textarea[name=items]').fill('Bản sao giấy khai sinh');
      await dialog.locator('textarea[name=reason]').fill('Cần đối chiếu');
      await dialog.locator('[data-testid=dialog-confirm]').click();
      await expectContains(page.locator('#page-message'), 'Đã lập phiếu yêu cầu bổ sung hồ sơ.');
      await page.reload();
      await expectContains(page.locator('[data-testid=late-request]'), 'Yêu cầu muộn của cơ quan');
      const dossier = (await counter.get(`/api/v1/dossiers/${code}`)).body;
      expect(dossier.supplementRequests.map((r: { lateReason: string | null }) => r.lateReason)).toEqual([null, 'after_due']);
      expect(new Date(dossier.originalDueAt).toISOString()).toBe(new Date('2026-11-27T09:00:00+07:00').toISOString());
      await expectFits(page, 'chi-tiet-late-request');
    } finally {
      t.clock.set('2026-11-23T09:00:00+07:00');
    }
  });
});
