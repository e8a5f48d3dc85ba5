import { randomBytes } from 'node:crypto';

/** 128 random bits: the QR's secret, so a sequential dossier code alone never opens a dossier. */
export function newTrackingToken(): string {
  return randomBytes(16).toString('base64url');
}

export function trackingUrl(publicBaseUrl: string, code: string, token: string): string {
  return `${publicBaseUrl}/tra-cuu/${encodeURIComponent(code)}?t=${token}`;
}
