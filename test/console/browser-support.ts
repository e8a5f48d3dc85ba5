import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Helpers shared by the console's browser tests: Debian's Chromium, retrying expectations, login. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENS = join(__dirname, '..', '..', 'tmp', 'screens');
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * A page at the counter PC's size (or a phone's) that records page errors and console errors in
 * `problems`. The browser's clock is pinned to the service's (`now`, the test's instant) so the
 * pages' own date logic and the server agree whatever the real date.
 */
export async function openPage(
  browser: Browser,
  now: Date,
  viewport = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.clock.setFixedTime(now);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed fetches (a 4xx the page handles) are logged by Chromium as "Failed to load resource".
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function login(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/console/login`);
  await page.locator('[data-testid="login-username"]').fill(username);
  await page.locator('[data-testid="login-password"]').fill('demo12345');
  await page.locator('[data-testid="login-submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/console/login') && url.pathname !== '/console');
}

/** A screenshot for people to look at; nothing is cut off sideways. */
export async function expectFits(page: Page, name: string, width = 1366): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `console-${name}.png`), fullPage: width < 1366 });
  const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

/** Retries an assertion until it passes (the pages update asynchronously); throws the last failure. */
export async function eventually<T>(check: () => Promise<T>, timeout = 8000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export const expectText = (locator: Locator, expected: string | RegExp) =>
  eventually(async () => {
    const text = (await locator.innerText()).trim();
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
export const expectContains = (locator: Locator, expected: string | RegExp) =>
  eventually(async () => {
    const text = await locator.innerText();
    if (typeof expected === 'string') expect(text).toContain(expected);
    else expect(text).toMatch(expected);
  });
export const expectNotContains = (locator: Locator, unexpected: RegExp) => eventually(async () => expect(await locator.innerText()).not.toMatch(unexpected));
export const expectVisible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 8000 });
export const expectHidden = (locator: Locator) => locator.waitFor({ state: 'hidden', timeout: 8000 });
export const expectCount = (locator: Locator, count: number) => eventually(async () => expect(await locator.count()).toBe(count));
export const expectAttribute = (locator: Locator, name: string, value: string) => eventually(async () => expect(await locator.getAttribute(name)).toBe(value));
export const expectValue = (locator: Locator, value: string) => eventually(async () => expect(await locator.inputValue()).toBe(value));
export const expectFocused = (locator: Locator) =>
  eventually(async () => expect(await locator.evaluate((el: unknown) => el === (globalThis as any).document.activeElement)).toBe(true));
