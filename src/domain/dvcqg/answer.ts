/** What a portal answer means for the item sent (DVCQG.md "Transport"). */
export type PortalVerdict =
  | { kind: 'accepted' }
  | { kind: 'already_exists'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'transient'; message: string };

/** `error_code` "0" accepts; "đã tồn tại" refuses an add of a known record; 5xx is transient; any other answer refuses. */
export function judgeAnswer(httpStatus: number, body: unknown): PortalVerdict {
  if (httpStatus >= 500 || httpStatus === 429 || httpStatus === 408) return { kind: 'transient', message: `HTTP ${httpStatus}` };
  const answer = (body ?? {}) as { error_code?: unknown; message?: unknown };
  const message = typeof answer.message === 'string' ? answer.message : JSON.stringify(body ?? null).slice(0, 500);
  if (httpStatus >= 200 && httpStatus < 300 && String(answer.error_code) === '0') return { kind: 'accepted' };
  if (message.normalize('NFC').toLowerCase().includes('đã tồn tại')) return { kind: 'already_exists', message };
  return { kind: 'refused', message: httpStatus >= 300 ? `HTTP ${httpStatus}: ${message}` : message };
}
