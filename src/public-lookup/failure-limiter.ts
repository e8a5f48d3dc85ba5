/**
 * Counts failed look-ups per key (a client network, a dossier code) in a sliding window, in memory.
 * A key with `maxFailures` failures inside the window is blocked until the oldest one leaves it.
 * Bounded: past `maxKeys` keys the least recently failed one is forgotten.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds until the key may try again, or 0 when it is not blocked. */
  retryAfterSeconds(key: string, nowMs: number): number {
    const recent = this.recent(key, nowMs);
    if (recent.length < this.maxFailures) return 0;
    const freeAt = recent[recent.length - this.maxFailures] + this.windowMs;
    return Math.max(1, Math.ceil((freeAt - nowMs) / 1000));
  }

  recordFailure(key: string, nowMs: number): void {
    const recent = this.recent(key, nowMs);
    recent.push(nowMs);
    if (recent.length > this.maxFailures) recent.splice(0, recent.length - this.maxFailures);
    this.failures.delete(key); // re-insert: Map order is the eviction order
    this.failures.set(key, recent);
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value as string;
      this.failures.delete(oldest);
    }
  }

  get size(): number {
    return this.failures.size;
  }

  private recent(key: string, nowMs: number): number[] {
    const all = this.failures.get(key);
    if (!all) return [];
    const recent = all.filter((at) => at > nowMs - this.windowMs && at <= nowMs);
    if (recent.length === 0) this.failures.delete(key);
    else if (recent.length !== all.length) this.failures.set(key, recent);
    return recent;
  }
}

/**
 * The rate-limit key of a client address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64,
 * since one subscriber usually holds a whole /64.
 */
export function clientKey(ip: string | undefined): string {
  const address = (ip ?? '').trim().toLowerCase();
  if (address === '') return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address.split('%')[0]);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
