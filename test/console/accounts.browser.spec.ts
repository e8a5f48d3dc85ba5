import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectContains, expectFits, expectText, expectVisible, hasChromium, launchChromium, login, openPage } from './browser-support';

/** Issue 17 point 3 at the console: an administrator manages the accounts of the commune; everyone changes their own password. */
(hasChromium ? describe : describe.skip)('the accounts page (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  const opened: BrowserContext[] = [];
  const problems: string[][] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00+07:00' });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const context of opened) await context.close();
    await browser?.close();
    await t?.close();
    expect(problems.flat()).toEqual([]);
  });

  async function pageAs(username: string): Promise<Page> {
    const made = await openPage(browser, t.clock.now());
    opened.push(made.context);
    problems.push(made.problems);
    await login(made.page, t.baseUrl, username);
    return made.page;
  }

  const loginStatus = async (password: string) => (await new ApiClient(t.baseUrl).post('/api/v1/auth/login', { username: 'canbo.moi', password })).status;

  it('creates an account, disables it (its login fails), enables it and resets its password', async () => {
    const page = await pageAs('admin');
    await page.goto(`${t.baseUrl}/console/tai-khoan`);
    const row = (name: string) => page.locator(`[data-testid="user-row"][data-username="${name}"]`);
    await expectVisible(row('tiepnhan'));

    // A taken name and a short password are marked beside their fields, nothing is created.
    await page.locator('[data-testid="new-username"]').fill('tiepnhan');
    await page.locator('[data-testid="new-fullname"]').fill('Đỗ Minh Khoa');
    await page.locator('[data-testid="new-password"]').fill('ngan');
    await page.locator('[data-testid="create-user"]').click();
    await expectText(page.locator('#new-password-error'), 'Mật khẩu phải có ít nhất 8 ký tự.');
    await page.locator('[data-testid="new-password"]').fill('matkhau-ban-dau');
    await page.locator('[data-testid="create-user"]').click();
    await expectText(page.locator('#new-username-error'), 'Tên đăng nhập này đã được dùng.');

    await page.locator('[data-testid="new-username"]').fill('canbo.moi');
    await page.locator('[data-testid="new-role-officer"]').check();
    await page.locator('[data-testid="create-user"]').click();
    await expectVisible(row('canbo.moi'));
    await expectContains(row('canbo.moi'), 'Chuyên viên xử lý');
    expect(await loginStatus('matkhau-ban-dau')).toBe(200);

    await row('canbo.moi').locator('[data-testid="disable-user"]').click();
    await expectText(row('canbo.moi').locator('[data-testid="user-state"]'), 'Đã khóa');
    expect(await loginStatus('matkhau-ban-dau')).toBe(401);

    await row('canbo.moi').locator('[data-testid="enable-user"]').click();
    await expectText(row('canbo.moi').locator('[data-testid="user-state"]'), 'Đang hoạt động');
    expect(await loginStatus('matkhau-ban-dau')).toBe(200);

    await row('canbo.moi').locator('[data-testid="reset-password"]').click();
    const dialog = page.locator('dialog.modal');
    await dialog.locator('input[name="newPassword"]').fill('matkhau-moi-2026');
    await dialog.locator('[data-testid="dialog-confirm"]').click();
    await expectContains(page.locator('#page-message'), 'Đã đặt lại mật khẩu cho tài khoản canbo.moi.');
    expect(await loginStatus('matkhau-ban-dau')).toBe(401);
    expect(await loginStatus('matkhau-moi-2026')).toBe(200);
    await expectFits(page, 'accounts-admin');
  }, 60_000);

  it('lets a counter officer change their own password, and shows no account list', async () => {
    const page = await pageAs('tiepnhan2');
    await page.locator('[data-testid="account-link"]').click(); // in the header of every page
    await page.waitForURL((url) => url.pathname === '/console/tai-khoan');
    await expectVisible(page.locator('[data-testid="change-password"]'));
    expect(await page.locator('#users-card').isVisible()).toBe(false);

    await page.locator('[data-testid="current-password"]').fill('sai-mat-khau');
    await page.locator('[data-testid="next-password"]').fill('matkhau-rieng-1');
    await page.locator('[data-testid="repeat-password"]').fill('matkhau-rieng-1');
    await page.locator('[data-testid="change-password"]').click();
    await expectText(page.locator('#current-password-error'), 'Mật khẩu hiện tại không đúng.');

    await page.locator('[data-testid="current-password"]').fill('demo12345');
    await page.locator('[data-testid="change-password"]').click();
    await expectContains(page.locator('#page-message'), 'Đã đổi mật khẩu.');
    const status = (await new ApiClient(t.baseUrl).post('/api/v1/auth/login', { username: 'tiepnhan2', password: 'matkhau-rieng-1' })).status;
    expect(status).toBe(200);
  }, 60_000);
});
