/**
 * `trust proxy` (as Express reads it) from TRUST_PROXY: unset or "false" trusts no proxy (the peer's address
 * is the client's, whatever X-Forwarded-For says); a number is the count of proxy hops in front of
 * the service; otherwise a comma-separated list of addresses, CIDR ranges or Express's names
 * (loopback, linklocal, uniquelocal).
 */
export function trustProxySetting(raw: string | undefined): boolean | number | string[] {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const valid = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;
  const bad = entries.find((entry) => !valid.test(entry));
  if (bad) throw new Error(`Configuration error: TRUST_PROXY must be a hop count or a list of addresses/CIDR ranges, got "${bad}"`);
  return entries;
}
