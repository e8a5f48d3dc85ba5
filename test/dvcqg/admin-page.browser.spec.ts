import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, expectFits, hasChromium, launchChromium, login, openPage } from '../console/browser-support';
import { local, startSyncFixture, type SyncFixture } from './support';

/** The administrator's DVCQG page: totals, the refused dossier with the portal's reason, resend, deliver now. */
(hasChromium ? describe : describe.skip)('the DVCQG sync page (headless Chromium)', () => {
  let f: SyncFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    f = await startSyncFixture('2026-11-23T09:00:00');
    const { Client } = await import('pg');
    const client = new Client({ connectionString: f.t.db.url });
    await client.connect();
    await client.query(`INSERT INTO procedures (code, version, effective_from, name, field_code, agency_level, duration_value, duration_unit, documents)
                        SELECT 'HT-LOCAL-1', 1, effective_from, name, field_code, agency_level, duration_value, duration_unit, documents FROM procedures WHERE code = '1.004873'`);
    await client.end();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });
  beforeEach(async () => {
    ({ context, page, problems } = await openPage(browser, f.t.clock.now()));
  });
  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  it('shows what waits and what the portal refused with its reason, resends, and delivers now', async () => {
    const refused = await f.receive('HT-LOCAL-1');
    await f.worker.drain();
    f.sim.mode = 'down';
    const waiting = await f.receive();
    await f.worker.drain();
    f.sim.mode = 'up';

    await login(page, f.t.baseUrl, 'admin');
    await page.goto(`${f.t.baseUrl}/console/dong-bo-dvcqg`);
    await eventually(async () => expect(await page.locator('[data-testid="pending-count"]').textContent()).toBe('1'));
    expect(await page.locator('[data-testid="refused-count"]').textContent()).toBe('1');
    expect(await page.locator('[data-testid="outbox-row"]').first().textContent()).toContain(waiting);

    await page.locator('[data-testid="state-pick"]').selectOption('refused');
    await eventually(async () => expect(await page.locator('[data-testid="outbox-row"]').first().textContent()).toContain(refused));
    expect(await page.locator('[data-testid="outbox-row"]').first().textContent()).toContain('MaTTHC HT-LOCAL-1 không có trong CSDL quốc gia');
    await expectFits(page, 'dvcqg-refused');

    await page.locator('[data-testid="resend"]').first().click();
    await eventually(async () => expect(await page.locator('#page-message').textContent()).toContain(`Đã đưa hồ sơ ${refused} vào hàng đợi gửi lại`));
    await eventually(async () => expect(await page.locator('[data-testid="refused-count"]').textContent()).toBe('0'));

    f.t.clock.set(local('2026-11-23T09:01:00')); // past the waiting dossier's back-off
    await page.locator('[data-testid="sync-now"]').click();
    await eventually(async () => expect(await page.locator('#page-message').textContent()).toContain('Đã gửi 2 hồ sơ: 1 thành công, 1 bị từ chối'));
    await eventually(async () => expect(await page.locator('[data-testid="pending-count"]').textContent()).toBe('0'));
    expect(f.sim.records.has(waiting)).toBe(true);
    await expectFits(page, 'dvcqg-after-sync');
  });

  it('shows on the dashboard the 766 points lost per indicator with the dossiers that lost them', async () => {
    await login(page, f.t.baseUrl, 'quanly');
    await page.goto(`${f.t.baseUrl}/console/bao-cao?kind=custom&from=2026-11-01&to=2026-11-30`);
    const synced = page.locator('[data-testid="points-1.4"]');
    await eventually(async () => expect(await synced.locator('summary').textContent()).toContain('1/2 hồ sơ, 50%; mất 3/6 điểm — 1 hồ sơ làm mất điểm'));
    await synced.locator('summary').click();
    const row = synced.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Cổng DVCQG từ chối');
    await page.locator('#points-card').scrollIntoViewIfNeeded();
    await expectFits(page, 'bao-cao-points-lost');
  });

  it('tells a counter clerk the page is for administrators', async () => {
    await login(page, f.t.baseUrl, 'tiepnhan');
    await page.goto(`${f.t.baseUrl}/console/dong-bo-dvcqg`);
    await eventually(async () => expect(await page.locator('h1').textContent()).toBe('Không có quyền truy cập'));
  });
});
