import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { returnedDossier } from '../satisfaction/support';
import { receiveDossier, recordEvent, ReceivedDossier, vietnameseAppointment } from './support';

const CHROMIUM = '/usr/bin/chromium';
const SCREENS = join(__dirname, '..', '..', 'tmp', 'screens');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the citizen's browser test: ${CHROMIUM} is absent (install it with: apt-get install -y chromium).`);
}

/** Zalo's in-app browser on an Android phone: where most citizens open the QR. */
const ZALO_ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/light ZaloLanguage/vi';

/** What a phone camera reads off the giấy hẹn: the tracking URL drawn as a QR code, then decoded from its pixels. */
async function scanQr(url: string): Promise<string> {
  const png = PNG.sync.read(await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, scale: 6 }));
  const decoded = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
  if (!decoded) throw new Error('the QR code could not be read back');
  return decoded.data;
}

(hasChromium ? describe : describe.skip)('the citizen scans the QR on the giấy hẹn (headless Chromium, phone viewport)', () => {
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let browser: Browser;
  let context: BrowserContext;
  let outside: string[];
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' }); // Monday 09:15 in Vietnam
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    officer = await new ApiClient(t.baseUrl).login('chuyenvien');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      userAgent: ZALO_ANDROID_UA,
    });
    outside = [];
    problems = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(t.baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
  });
  afterEach(async () => {
    await context.close();
    expect(outside).toEqual([]); // no third-party request, ever
    expect(problems).toEqual([]); // no CSP violation, no script error
  });

  async function openPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    return page;
  }

  function onTestServer(scanned: string): string {
    const url = new URL(scanned);
    expect(url.origin).toBe('http://motcua.test');
    return `${t.baseUrl}${url.pathname}${url.search}`;
  }

  it('opens the status page from the QR and sees the status and the appointment', async () => {
    const dossier: ReceivedDossier = await receiveDossier(counter);
    const scanned = await scanQr(dossier.trackingUrl);
    expect(scanned).toBe(dossier.trackingUrl);

    const page = await openPage();
    const response = await page.goto(onTestServer(scanned), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('Được tiếp nhận');

    await expect(page.locator('h1').textContent()).resolves.toBe('Được tiếp nhận');
    const status = page.locator('section.status');
    expect(await status.isVisible()).toBe(true);
    expect(await status.innerText()).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    const appointment = page.locator('section.appt');
    expect(await appointment.isVisible()).toBe(true);
    const [hour, day] = vietnameseAppointment(dossier.dueAt).split(', ');
    expect(await appointment.locator('.when b').innerText()).toBe(hour);
    expect(await appointment.locator('.when span').innerText()).toBe(day.replace(/^thứ/, 'Thứ'));
    const body = await page.locator('body').innerText();
    expect(body).toContain('Nguyễn T. H. N.');
    expect(body).toContain('Căn cước');

    // The status and the appointment are seen without scrolling; nothing spills sideways on a 390 px phone.
    const appointmentBox = await appointment.boundingBox();
    expect(appointmentBox!.y + appointmentBox!.height).toBeLessThan(844);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // The inline style sheet was applied (allowed by its hash in the page's CSP).
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('header.top')).backgroundColor")).toBe('rgb(165, 28, 36)');

    await page.screenshot({ path: join(SCREENS, 'public-status.png'), fullPage: true });
  });

  it('follows a dossier through supplement and apology, as the citizen sees it', async () => {
    const dossier = await receiveDossier(counter);
    await recordEvent(t, dossier.code, { type: 'handoff', at: '2026-11-23T03:00:00Z', toStatus: 4, data: { toUnit: 'Công chức Tư pháp - Hộ tịch' } });
    await recordEvent(t, dossier.code, {
      type: 'supplement_requested',
      at: '2026-11-24T02:00:00Z',
      toStatus: 5,
      data: { items: [{ name: 'Bản án, quyết định ly hôn', kind: 'certified_copy' }] },
    });
    await recordEvent(t, dossier.code, { type: 'supplement_received', at: '2026-11-25T01:30:00Z', toStatus: 4 });
    await recordEvent(t, dossier.code, {
      type: 'apology',
      at: '2026-11-26T02:00:00Z',
      data: { newDueAt: '2026-12-03T10:00:00Z', reason: 'Cần xác minh thêm tại nơi đăng ký thường trú trước đây' },
      set: { due_at: '2026-12-03T10:00:00Z' },
    });
    const page = await openPage();
    await page.goto(onTestServer(await scanQr(dossier.trackingUrl)));
    expect(await page.locator('h1').innerText()).toBe('Đang xử lý');
    expect(await page.locator('section.appt .when').innerText()).toContain('Thứ Năm 03/12/2026');
    const timeline = await page.locator('ol.tl').innerText();
    expect(timeline).toContain('Ngày hẹn mới: 17 giờ 00, thứ Năm 03/12/2026');
    expect(timeline).toContain('Cần bổ sung: Bản án, quyết định ly hôn (bản sao chứng thực)');
    await page.screenshot({ path: join(SCREENS, 'public-status-progress.png'), fullPage: true });
  });

  it('rates a returned dossier from its QR page on a phone: tap a level, submit, thanks', async () => {
    const dossier = await returnedDossier({ counter, officer });
    const page = await openPage();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(`${request.headers()['content-type']} ${request.postData()}`);
    });
    await page.goto(onTestServer(await scanQr(dossier.trackingUrl)));
    expect(await page.locator('h1').innerText()).toBe('Đã trả kết quả');

    const card = page.locator('#danh-gia');
    expect(await card.locator('h2').innerText()).toBe('Đánh giá mức độ hài lòng');
    // The card comes right after the status, within the first screen.
    const cardBox = await card.boundingBox();
    expect(cardBox!.y).toBeLessThan(844);
    // Five levels in order, each a radio named by its label and a large target for a thumb.
    const levels = ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng'];
    expect(await card.locator('label.opt').allInnerTexts()).toEqual(levels);
    for (const label of levels) expect(await page.getByRole('radio', { name: label, exact: true }).count()).toBe(1);
    for (const box of await Promise.all((await card.locator('label.opt').all()).map((option) => option.boundingBox()))) {
      expect(box!.height).toBeGreaterThanOrEqual(48);
      expect(box!.width).toBeGreaterThanOrEqual(300);
    }
    expect(await page.getByRole('group', { name: 'Ông/bà hài lòng với việc giải quyết hồ sơ này ở mức nào?' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Góp ý thêm (không bắt buộc)' }).getAttribute('maxlength')).toBe('500');

    // Tapping the words selects the level (the whole row is the label).
    await card.locator('label.opt', { hasText: /^Hài lòng$/ }).tap();
    expect(await page.getByRole('radio', { name: 'Hài lòng', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Rất hài lòng', exact: true }).isChecked()).toBe(false);
    await page.getByRole('textbox', { name: 'Góp ý thêm (không bắt buộc)' }).fill('Cán bộ hướng dẫn tận tình.');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await card.screenshot({ path: join(SCREENS, 'public-rating-form.png') });
    await page.screenshot({ path: join(SCREENS, 'public-rating-form-page.png'), fullPage: true });

    await page.getByRole('button', { name: 'Gửi đánh giá' }).tap();
    await card.getByText('Cảm ơn ông/bà đã đánh giá').waitFor();
    expect(await card.innerText()).toContain('Cảm ơn ông/bà đã đánh giá: Hài lòng');
    expect(page.url()).toBe(onTestServer(dossier.trackingUrl)); // back on the status page (303)
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.locator('ol.tl li').first().innerText()).toContain('Đã đánh giá mức độ hài lòng');
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatch(/^application\/x-www-form-urlencoded t=[\w-]+&level=satisfied&comment=C/);
    await page.screenshot({ path: join(SCREENS, 'public-rating-thanks.png'), fullPage: true });
  });

  it('looks a dossier up by code and the last 4 phone digits, without JavaScript', async () => {
    const dossier = await receiveDossier(counter);
    const noScript = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, javaScriptEnabled: false, userAgent: ZALO_ANDROID_UA });
    try {
      const page = await noScript.newPage();
      await page.goto(`${t.baseUrl}/tra-cuu`);
      await page.screenshot({ path: join(SCREENS, 'public-lookup-form.png'), fullPage: true });
      await page.fill('#code', dossier.code);
      await page.fill('#phone4', '0000');
      await Promise.all([page.waitForURL(`${t.baseUrl}/tra-cuu`), page.click('button[type=submit]')]);
      expect(await page.locator('h1').innerText()).toBe('Không tìm thấy hồ sơ');
      await page.fill('#code', dossier.code.toLowerCase());
      await page.fill('#phone4', '5678');
      await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
      expect(await page.locator('h1').innerText()).toBe('Được tiếp nhận');
      expect(await page.locator('section.appt').isVisible()).toBe(true);
    } finally {
      await noScript.close();
    }
  });
});
