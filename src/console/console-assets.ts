import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/** The console's static files: hand-written HTML pages, one stylesheet and small ES modules (no build step). */
export interface StaticFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

export interface ConsolePage {
  /** URL segment after /console (also the page's HTML fragment under assets/pages/). */
  name: string;
  title: string;
  script: string;
}

/** Every page of the staff console; its HTML fragment is pages/<name>.html, its script the module it loads. */
export const CONSOLE_PAGES: readonly ConsolePage[] = [
  { name: 'home', title: 'Bộ phận Một cửa', script: 'home.js' },
  { name: 'login', title: 'Đăng nhập', script: 'login.js' },
  { name: 'tiep-nhan', title: 'Tiếp nhận hồ sơ', script: 'intake.js' },
  { name: 'ho-so', title: 'Hồ sơ', script: 'queues.js' },
  { name: 'chi-tiet', title: 'Chi tiết hồ sơ', script: 'detail.js' },
  { name: 'bao-cao', title: 'Báo cáo', script: 'reports.js' },
  { name: 'lich-lam-viec', title: 'Lịch làm việc', script: 'calendar.js' },
];

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Marker that identifies the console's assets folder. */
const MARKER = join('pages', '_layout.html');

/**
 * Finds src/console/assets by walking up from this file: `tsc` emits dist/src/console/*.js and does
 * not copy non-TS files, so the compiled service reads the assets from the project's source tree.
 */
export function findAssetsDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    for (const candidate of [join(dir, 'assets'), join(dir, 'src', 'console', 'assets')]) {
      if (existsSync(join(candidate, MARKER))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`The staff console's assets (src/console/assets) were not found above ${start}`);
    dir = parent;
  }
}

export class ConsoleAssets {
  private constructor(
    private readonly files: ReadonlyMap<string, StaticFile>,
    private readonly pages: ReadonlyMap<string, StaticFile>,
  ) {}

  /** Reads every asset once: the set of servable files is fixed at start-up (no path ever reaches the file system). */
  static load(dir: string = findAssetsDir()): ConsoleAssets {
    const files = new Map<string, StaticFile>();
    for (const name of readdirSync(dir)) {
      const type = CONTENT_TYPES[extname(name)];
      if (!type || !statSync(join(dir, name)).isFile()) continue;
      files.set(name, staticFile(readFileSync(join(dir, name)), type));
    }
    const layout = readFileSync(join(dir, MARKER), 'utf8');
    const pages = new Map<string, StaticFile>();
    for (const page of CONSOLE_PAGES) {
      if (!files.has(page.script)) throw new Error(`Console page ${page.name}: script ${page.script} is missing`);
      const main = readFileSync(join(dir, 'pages', `${page.name}.html`), 'utf8');
      const html = layout
        .replaceAll('{{title}}', escapeHtml(page.title))
        .replaceAll('{{page}}', page.name)
        .replaceAll('{{script}}', page.script)
        .replace('{{main}}', () => main.trim());
      pages.set(page.name, staticFile(Buffer.from(html, 'utf8'), 'text/html; charset=utf-8'));
    }
    return new ConsoleAssets(files, pages);
  }

  asset(name: string): StaticFile | undefined {
    return this.files.get(name);
  }

  page(name: string): StaticFile {
    const page = this.pages.get(name);
    if (!page) throw new Error(`Unknown console page ${name}`);
    return page;
  }
}

function staticFile(body: Buffer, contentType: string): StaticFile {
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
