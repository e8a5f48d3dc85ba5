import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { ScenarioBuilder, vn } from '../reports/fixtures';
import { NOW, OCTOBER_2026 } from '../reports/october-2026';
import {
  eventually,
  expectAttribute,
  expectContains,
  expectCount,
  expectFits,
  expectText,
  expectVisible,
  hasChromium,
  launchChromium,
  login,
  openPage,
} from './browser-support';

/** The hand-counted October 2026 of the reports tests, seen on the manager's dashboard and the calendar page. */
(hasChromium ? describe : describe.skip)('the manager’s dashboard and the calendar page (headless Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let manager: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: vn('2026-09-01T08:00') });
    const scenario = new ScenarioBuilder(t);
    await scenario.init();
    await scenario.run(OCTOBER_2026, NOW);
    const anonymous = new ApiClient(t.baseUrl);
    [manager, admin] = await Promise.all([anonymous.login('quanly'), anonymous.login('admin')]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    ({ context, page, problems } = await openPage(browser, t.clock.now()));
  });
  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  const PERIOD = 'from=2026-09-01&to=2026-10-31&agencyCode=000.17.22.H56';
  const bars = () => page.locator('[data-testid=rate-chart] svg .chart-bar');

  /** The bars as the chart drew them: month, rate, numerator, denominator. */
  async function drawn() {
    return bars().evaluateAll((els: any[]) =>
      els.map((el) => ({
        month: el.getAttribute('data-month'),
        rate: el.getAttribute('data-rate') === '' ? null : Number(el.getAttribute('data-rate')),
        numerator: Number(el.getAttribute('data-numerator')),
        denominator: Number(el.getAttribute('data-denominator')),
      })),
    );
  }

  it('draws the on-time rate month by month with the figures of the API, for each definition', async () => {
    await login(page, t.baseUrl, 'quanly');
    await page.waitForURL(/\/console\/bao-cao$/);
    // The default: the last 12 months, one bar each.
    await expectCount(bars(), 12);
    await expectContains(page.locator('#period-text'), /^Kỳ báo cáo: 01\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/);
    await expectFits(page, 'bao-cao-dashboard');

    // A custom period of two months, typed the Vietnamese way.
    await page.getByLabel('Tùy chọn').check({ force: true });
    await page.locator('#from').fill('01/09/2026');
    await page.locator('#to').fill('31/10/2026');
    await page.locator('[data-testid=period-apply]').click();
    await expectText(page.locator('#period-text'), 'Kỳ báo cáo: 01/09/2026 – 31/10/2026');
    for (const definition of ['resolved', 'due_in_period', 'index766'] as const) {
      const api = (await manager.get(`/api/v1/reports/on-time-rate?${PERIOD}&definition=${definition}`)).body;
      if (definition !== 'resolved') await page.locator(`.definition[data-definition=${definition}] input`).check({ force: true });
      await eventually(async () => expect(await drawn()).toEqual(api.byMonth));
      expect(api.byMonth.map((m: { month: string }) => m.month)).toEqual(['2026-09', '2026-10']);
      expect(new URL(page.url()).searchParams.get('definition')).toBe(definition === 'resolved' ? null : definition);
      // Each definition's figures for the whole period, side by side, for a hand count.
      for (const d of api.definitions) {
        await expectText(page.locator(`[data-testid=definition-rate-${d.definition}]`), d.rate === null ? '—' : `${(d.rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`);
        await expectContains(page.locator(`.definition[data-definition=${d.definition}] .definition-counts`), `${d.numerator}/${d.denominator} hồ sơ`);
      }
      // The chart's text alternative: the table of the months, with numerator and denominator.
      await page.locator('#month-details summary').click();
      const rows = page.locator('[data-testid=month-table] tbody tr');
      await expectCount(rows, 2);
      await expectText(rows.nth(1), new RegExp(`^Tháng 10/2026\\s+${api.byMonth[1].numerator}\\s+${api.byMonth[1].denominator}\\s+`));
      await page.locator('#month-details summary').click();
    }
    expect(await page.locator('[data-testid=rate-chart] svg').getAttribute('role')).toBe('img');
    await expectFits(page, 'bao-cao-index766');

    // The PAR score card says which rubric and definition produced the score.
    const par = (await manager.get(`/api/v1/reports/par-score?${PERIOD}`)).body;
    await expectContains(page.locator('[data-testid=par-rubric]'), par.rubric.name);
    await expectText(page.locator('[data-testid=par-score]'), new RegExp(`^${par.score === null ? '—' : String(par.score).replace('.', ',')} / ${par.maxScore} điểm$`));
    // Without a rubric configured for the province and year, the example's figure is labelled as one.
    if (par.exampleScore) await expectContains(page.locator('[data-testid=par-example]'), 'Ví dụ minh họa theo bộ tiêu chí mẫu');

    // A quarter from the quick choices: the server's period, three bars.
    await page.getByLabel('Quý', { exact: true }).check({ force: true });
    await page.locator('#period-year').selectOption('2026');
    await page.locator('#period-index').selectOption('4');
    await expectText(page.locator('#period-text'), 'Kỳ báo cáo: 01/10/2026 – 31/12/2026');
    await expectCount(bars(), 3);
  });

  it('lists the open dossiers per procedure, most overdue first, each linking to its queue', async () => {
    await login(page, t.baseUrl, 'quanly');
    const api = (await manager.get('/api/v1/reports/overdue-by-procedure')).body;
    expect(api.total.overdue).toBeGreaterThan(0);
    const rows = page.locator('#overdue-table tbody tr');
    await expectCount(rows, api.items.length);
    const shown = await rows.evaluateAll((els: any[]) => els.map((el) => ({ code: el.dataset.procedure, overdue: Number(el.children[3].textContent) })));
    expect(shown.map((r: { overdue: number }) => r.overdue)).toEqual([...shown.map((r: { overdue: number }) => r.overdue)].sort((a, b) => b - a));
    expect(new Set(shown.map((r: { code: string }) => r.code))).toEqual(new Set(api.items.map((i: { procedureCode: string }) => i.procedureCode)));
    await expectText(page.locator('#overdue-table tfoot tr td.num').nth(1), String(api.total.overdue));
    await expectContains(page.locator('#overdue-table caption'), 'nhiều hồ sơ quá hạn nhất đứng trước');

    // The first procedure opens the overdue queue filtered by it.
    const first = api.items.find((i: { procedureCode: string }) => i.procedureCode === shown[0].code);
    await rows.first().locator('a').click();
    await page.waitForURL(/\/console\/ho-so\?tab=overdue&procedure=/);
    await expectAttribute(page.locator('[data-testid=queue-tab-overdue]'), 'aria-selected', 'true');
    await expectCount(page.locator('#queue-body tr'), first.overdue);
    await expectContains(page.locator('#queue-note'), first.procedureName);
    for (const cell of await page.locator('#queue-body td.col-procedure').all()) expect(await cell.innerText()).toBe(first.procedureName);
    await page.locator('[data-testid=clear-procedure]').click();
    await expectCount(page.locator('#queue-body tr'), api.total.overdue);
  });

  it('downloads Biểu 06 as PDF, Excel and CSV and the index export, with their content types', async () => {
    await login(page, t.baseUrl, 'quanly');
    await page.getByLabel('Tùy chọn').check({ force: true });
    await page.locator('#from').fill('01/10/2026');
    await page.locator('#to').fill('31/10/2026');
    await page.locator('[data-testid=period-apply]').click();
    await expectText(page.locator('#period-text'), 'Kỳ báo cáo: 01/10/2026 – 31/10/2026');
    const expected: Array<[string, RegExp, RegExp]> = [
      ['bieu06-pdf', /\/api\/v1\/reports\/processing\?from=2026-10-01&to=2026-10-31&agencyCode=000\.17\.22\.H56&groupBy=field&format=pdf$/, /^application\/pdf/],
      ['bieu06-xlsx', /format=xlsx$/, /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/],
      ['bieu06-csv', /format=csv$/, /^text\/csv/],
      ['register-pdf', /\/api\/v1\/register\.pdf\?from=2026-10-01&to=2026-10-31$/, /^application\/pdf/],
      ['index-json', /\/api\/v1\/index-export\?from=2026-10-01&to=2026-10-31&agencyCode=000\.17\.22\.H56$/, /^application\/json/],
    ];
    for (const [id, url, type] of expected) {
      const [response] = await Promise.all([page.waitForResponse((r) => url.test(r.url())), page.locator(`[data-testid=download-${id}]`).click()]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(type);
      expect(await response.request().headerValue('authorization')).toMatch(/^Bearer /);
    }
    await expectContains(page.locator('#download-status'), 'Đã tải dữ liệu chỉ số (chi-so-766_2026-10-01_2026-10-31.json)');
  });

  it('shows the agency’s month with its days off, and computes a due date equal to the API’s', async () => {
    await login(page, t.baseUrl, 'tiepnhan');
    await page.goto(`${t.baseUrl}/console/lich-lam-viec?month=2026-09`);
    await expectText(page.locator('[data-testid=month-grid] caption'), 'Tháng 9/2026');
    const holiday = page.locator('td[data-date="2026-09-02"]');
    await expectAttribute(holiday, 'class', 'day day-off');
    await expectContains(holiday, 'Quốc khánh');
    await expectAttribute(page.locator('td[data-date="2026-09-03"]'), 'class', 'day day-work');
    await expectAttribute(page.locator('td[data-date="2026-09-05"]'), 'class', 'day day-weekend');
    await expectContains(page.locator('#month-notes'), 'Thứ Tư, 02/09/2026');
    await expectCount(page.locator('#admin-area:not([hidden])'), 0); // the counter only reads
    await expectFits(page, 'lich-lam-viec-counter');

    await page.locator('#due-date').fill('28/08/2026');
    await page.locator('#due-time').fill('16:00');
    await page.locator('#due-amount').fill('3');
    await page.locator('#due-unit').selectOption('working_days');
    await page.locator('[data-testid=due-submit]').click();
    const api = (await new ApiClient(t.baseUrl).get(`/api/v1/calendar/due-date?from=${encodeURIComponent('2026-08-28T16:00:00+07:00')}&amount=3&unit=working_days&mode=working_time&agencyCode=000.17.22.H56`)).body;
    const result = page.locator('[data-testid=due-result]');
    await expectAttribute(result, 'data-due-at', api.dueAt);
    await expectText(result, '16 giờ 00 phút, Thứ Hai, ngày 07/09/2026'); // 29/8–2/9 off for Quốc khánh 2026

    // Bad input stays beside its field.
    await page.locator('#due-time').fill('25:00');
    await page.locator('[data-testid=due-submit]').click();
    await expectText(page.locator('#due-time-error'), 'Giờ không hợp lệ: nhập dạng hh:mm.');
  });

  it('lets the admin edit the agency’s hours and days, with the server’s errors on the field', async () => {
    await login(page, t.baseUrl, 'admin');
    await page.goto(`${t.baseUrl}/console/lich-lam-viec?month=2026-12`);
    await expectVisible(page.locator('#agency-form'));
    await eventually(async () => expect(await page.locator('#workingHours').inputValue()).toBe('07:30-11:30, 13:00-17:00'));
    await eventually(async () => expect(await page.locator('#daysOff').inputValue()).toContain('02/09/2026'));

    // Periods out of order: the server refuses (400, field workingHours) and says so beside the field.
    await page.locator('#workingHours').fill('07:30-11:30, 13:30-13:00');
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/calendar/agencies/000.17.22.H56') && r.request().method() === 'PUT'),
      page.locator('[data-testid=agency-save]').click(),
    ]);
    expect(refused.status()).toBe(400);
    await expectText(page.locator('#workingHours-error'), 'Khoảng 13:30–13:00: giờ kết thúc phải sau giờ bắt đầu.');
    await expectAttribute(page.locator('#workingHours'), 'aria-invalid', 'true');
    await expectContains(page.locator('#agency-error'), 'Thông tin chưa hợp lệ');
    expect((await admin.get('/api/v1/calendar/agencies/000.17.22.H56')).body.workingHours).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ]);
    await expectFits(page, 'lich-lam-viec-admin-error');

    // A day off of the agency's own: saved, and shown in the month.
    await page.locator('#workingHours').fill('07:30-11:30, 13:00-17:00');
    await page.locator('#extraDaysOff').fill('24/12/2026 Đại hội đại biểu');
    await page.locator('[data-testid=agency-save]').click();
    await expectContains(page.locator('#page-message'), 'Đã lưu lịch làm việc của đơn vị');
    const day = page.locator('td[data-date="2026-12-24"]');
    await expectAttribute(day, 'class', 'day day-off');
    await expectContains(day, 'Nghỉ riêng: Đại hội đại biểu');
    expect((await admin.get('/api/v1/calendar/agencies/000.17.22.H56')).body.days).toEqual([{ date: '2026-12-24', working: false, reason: 'Đại hội đại biểu' }]);
  });

  it('asks the server for the due-soon queue instead of guessing it', async () => {
    await login(page, t.baseUrl, 'lanhdao');
    const [request] = await Promise.all([
      page.waitForRequest((r) => /\/api\/v1\/dossiers\?dueSoon=true&page=1&pageSize=20$/.test(r.url())),
      page.goto(`${t.baseUrl}/console/ho-so?tab=soon`),
    ]);
    expect(request.method()).toBe('GET');
    await expectAttribute(page.locator('[data-testid=queue-tab-soon]'), 'aria-selected', 'true');
    const api = (await manager.get('/api/v1/dossiers?dueSoon=true')).body;
    await expectText(page.locator('[data-testid=queue-tab-soon] .count'), String(api.total));
  });

  it('fits a phone: the dashboard and the calendar in one column', async () => {
    await context.close();
    ({ context, page, problems } = await openPage(browser, t.clock.now(), { width: 390, height: 844 }));
    await login(page, t.baseUrl, 'quanly');
    await expectCount(bars(), 12);
    await expectFits(page, 'bao-cao-phone', 390);
    await page.goto(`${t.baseUrl}/console/lich-lam-viec?month=2026-09`);
    await expectContains(page.locator('td[data-date="2026-09-02"]'), '2');
    await expectFits(page, 'lich-lam-viec-phone', 390);
  });
});
