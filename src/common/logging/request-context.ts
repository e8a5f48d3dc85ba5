import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The request being served, for log lines written during it (Nest's logger has no request argument). */
export const requestContext = new AsyncLocalStorage<{ reqId: string }>();

/** A client's or proxy's X-Request-Id is kept when it is a plain token (no spaces, quotes or control characters). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}
