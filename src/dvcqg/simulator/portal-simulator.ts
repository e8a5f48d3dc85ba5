import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { progressProblem, recordProblem } from './validate';

type Row = Record<string, unknown>;
export type SimulatorMode = 'up' | 'down';

export interface SimulatorOptions {
  /** When set, calls without "Authorization: Bearer <token>" get 401. */
  token?: string;
  /** Answer delay per call, milliseconds (to make overlapping sends visible). */
  latencyMs?: number;
}

/** A stored dossier: the last record accepted, and how many adds and updates it took. */
export interface StoredRecord {
  record: Row;
  adds: number;
  updates: number;
}

const OK = { error_code: '0', message: 'Thành công' };
const MAX_PROGRESS_ROWS = 10;

/**
 * A stand-in for the national portal's ThemMoi / CapNhat / DongBoTienTrinh endpoints (DVCQG.md), for
 * the tests and the demo: it checks required fields, formats and codes, keeps what it accepted, and
 * answers as the portal does (success, "đã tồn tại", a data error, or 503 while `mode` is down).
 * A batch is accepted or refused as a whole. It also counts calls that overlapped on one dossier.
 */
export class PortalSimulator {
  readonly records = new Map<string, StoredRecord>();
  readonly progress = new Map<string, Row[]>();
  mode: SimulatorMode = 'up';
  calls = 0;
  /** Times a dossier arrived while another call carrying it was still being answered. */
  overlaps = 0;
  /** Answer delay per call, milliseconds. */
  latencyMs: number;
  private readonly inFlight = new Map<string, number>();
  private server?: Server;

  constructor(private readonly options: SimulatorOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The three URLs to put in DVCQG_URL_ADD / _UPDATE / _PROGRESS. */
  get endpoints(): { addUrl: string; updateUrl: string; progressUrl: string } {
    return { addUrl: `${this.url}/api/HoSo/ThemMoi`, updateUrl: `${this.url}/api/HoSo/CapNhat`, progressUrl: `${this.url}/api/HoSo/DongBoTienTrinh` };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  reset(): void {
    this.records.clear();
    this.progress.clear();
    this.calls = 0;
    this.overlaps = 0;
    this.mode = 'up';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/_sim/')) return this.control(req.method ?? 'GET', path, body, res);
    if (req.method !== 'POST') return send(res, 405, { error_code: '405', message: 'Chỉ nhận POST' });
    this.calls++;
    if (this.mode === 'down') return send(res, 503, { error_code: '503', message: 'Hệ thống đang bảo trì' });
    if (this.options.token && req.headers.authorization !== `Bearer ${this.options.token}`) return send(res, 401, { error_code: '401', message: 'Token không hợp lệ' });
    let rows: Row[];
    try {
      rows = JSON.parse(body);
    } catch {
      return send(res, 400, { error_code: '-1', message: 'Dữ liệu không phải JSON' });
    }
    if (!Array.isArray(rows) || rows.length === 0) return send(res, 200, { error_code: '-1', message: 'Dữ liệu phải là danh sách khác rỗng' });
    const codes = [...new Set(rows.map((r) => String(r?.MaHoSo ?? '')))]; // a progress call carries several rows of one dossier
    for (const code of codes) {
      const n = this.inFlight.get(code) ?? 0;
      if (n > 0) this.overlaps++;
      this.inFlight.set(code, n + 1);
    }
    try {
      if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
      const answer = path.endsWith('/ThemMoi') ? this.add(rows) : path.endsWith('/CapNhat') ? this.update(rows) : path.endsWith('/DongBoTienTrinh') ? this.addProgress(rows) : null;
      if (!answer) return send(res, 404, { error_code: '404', message: 'Không có dịch vụ này' });
      send(res, 200, answer);
    } finally {
      for (const code of codes) this.inFlight.set(code, (this.inFlight.get(code) ?? 1) - 1);
    }
  }

  private add(rows: Row[]): object {
    const problem = firstProblem(rows, recordProblem);
    if (problem) return problem;
    const existing = rows.find((r) => this.records.has(r.MaHoSo as string));
    if (existing) return { error_code: '-1', message: `Hồ sơ ${existing.MaHoSo} đã tồn tại` };
    for (const r of rows) this.records.set(r.MaHoSo as string, { record: r, adds: 1, updates: 0 });
    return OK;
  }

  private update(rows: Row[]): object {
    const problem = firstProblem(rows, recordProblem);
    if (problem) return problem;
    const unknown = rows.find((r) => !this.records.has(r.MaHoSo as string));
    if (unknown) return { error_code: '-1', message: `Hồ sơ ${unknown.MaHoSo} không tồn tại` };
    for (const r of rows) {
      const stored = this.records.get(r.MaHoSo as string)!;
      stored.record = r;
      stored.updates++;
    }
    return OK;
  }

  private addProgress(rows: Row[]): object {
    if (rows.length > MAX_PROGRESS_ROWS) return { error_code: '-1', message: `Tối đa ${MAX_PROGRESS_ROWS} tiến trình mỗi lần gửi` };
    const problem = firstProblem(rows, progressProblem);
    if (problem) return problem;
    const unknown = rows.find((r) => !this.records.has(r.MaHoSo as string));
    if (unknown) return { error_code: '-1', message: `Hồ sơ ${unknown.MaHoSo} không tồn tại` };
    for (const r of rows) this.progress.set(r.MaHoSo as string, [...(this.progress.get(r.MaHoSo as string) ?? []), r]);
    return OK;
  }

  /** /_sim/mode {mode}, /_sim/reset, /_sim/stats, /_sim/records[/<MaHoSo>] (with its progress). */
  private control(method: string, path: string, body: string, res: ServerResponse): void {
    if (path === '/_sim/mode' && method === 'POST') {
      const mode = (JSON.parse(body || '{}') as { mode?: string }).mode;
      if (mode !== 'up' && mode !== 'down') return send(res, 400, { message: 'mode: up | down' });
      this.mode = mode;
      return send(res, 200, { mode });
    }
    if (path === '/_sim/reset' && method === 'POST') {
      this.reset();
      return send(res, 200, { reset: true });
    }
    if (path === '/_sim/stats') return send(res, 200, { mode: this.mode, calls: this.calls, records: this.records.size, progressRows: [...this.progress.values()].reduce((n, p) => n + p.length, 0), overlaps: this.overlaps });
    if (path === '/_sim/records') return send(res, 200, [...this.records.values()].map((s) => s.record));
    const code = decodeURIComponent(path.slice('/_sim/records/'.length));
    const stored = path.startsWith('/_sim/records/') ? this.records.get(code) : undefined;
    if (!stored) return send(res, 404, { message: 'not found' });
    send(res, 200, { ...stored, progress: this.progress.get(code) ?? [] });
  }
}

function firstProblem(rows: Row[], check: (r: Row) => string | null): object | null {
  for (const r of rows) {
    const problem = typeof r === 'object' && r !== null ? check(r) : 'Phần tử không phải đối tượng';
    if (problem) return { error_code: '-1', message: `Dữ liệu không hợp lệ (${String(r?.MaHoSo ?? '?')}): ${problem}` };
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
