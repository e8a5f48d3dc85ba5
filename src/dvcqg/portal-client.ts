import { judgeAnswer, type PortalRecord, type PortalVerdict } from '../domain/dvcqg';
import type { DvcqgSettings } from '../config/app-config';

export type PortalEndpoint = 'add' | 'update' | 'progress';

/** POSTs a JSON array to one of the portal's endpoints; network errors and timeouts are transient, never thrown. */
export class PortalClient {
  constructor(private readonly settings: DvcqgSettings) {}

  async post(endpoint: PortalEndpoint, rows: PortalRecord[]): Promise<PortalVerdict> {
    const url = { add: this.settings.addUrl, update: this.settings.updateUrl, progress: this.settings.progressUrl }[endpoint];
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
    if (this.settings.token) headers.authorization = `Bearer ${this.settings.token}`;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(rows), signal: AbortSignal.timeout(this.settings.timeoutMs ?? 15_000) });
      const text = await response.text();
      return judgeAnswer(response.status, parseJson(text));
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const message = error instanceof Error ? `${error.name}: ${error.message}${cause ? ` (${cause})` : ''}` : String(error);
      return { kind: 'transient', message };
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 500) };
  }
}
