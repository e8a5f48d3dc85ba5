/** The QR's link; its token (TrackingTokens) means a sequential dossier code alone never opens a dossier. */
export function trackingUrl(publicBaseUrl: string, code: string, token: string): string {
  return `${publicBaseUrl}/tra-cuu/${encodeURIComponent(code)}?t=${token}`;
}
