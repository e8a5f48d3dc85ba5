import { VIETNAM_OFFSET_MS, vietnamWallClock } from '../../locale';

/** The portal's time format: Vietnam local time as 14 digits yyyyMMddHHmmss, never UTC. */
export function portalTime(instant: Date): string {
  return vietnamWallClock(instant).toISOString().slice(0, 19).replace(/\D/g, '');
}

export function portalTimeOrNull(instant: Date | null | undefined): string | null {
  return instant ? portalTime(instant) : null;
}

/** The instant of a 14-digit local time, or null when it is not one (wrong length, impossible date). */
export function parsePortalTime(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{14}$/.test(value)) return null;
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((i, n) => Number(value.slice(i, n === 0 ? 4 : i + 2)));
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - VIETNAM_OFFSET_MS);
  return portalTime(at) === value ? at : null;
}
