import type { INestApplicationContext } from '@nestjs/common';
import { isIP } from 'node:net';
import { verifyPassword } from '../auth';
import { UserRepository } from '../auth';
import type { AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo';

/** True when only this computer can reach an address (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  if (bare.startsWith('::ffff:')) return isLoopback(bare.slice(7));
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** Fails before anything is written: seeding the published demo password on a reachable address is refused. */
export function assertDemoNotExposed(config: Pick<AppConfig, 'seedDemo' | 'host'>): void {
  const host = config.host ?? '0.0.0.0';
  if (config.seedDemo && !isLoopback(host)) {
    throw new Error(
      `Refusing to start: the demo accounts (password ${DEMO_PASSWORD}, published in the README) would be reachable on ${host}. ` +
        'Keep HOST=127.0.0.1 for the demo, or set SEED_DEMO=0 and create real accounts.',
    );
  }
}

/** Active demo accounts whose password is still the published one. */
export async function accountsWithPublishedPassword(app: INestApplicationContext): Promise<string[]> {
  const rows = await app.get(UserRepository).activePasswordHashes(DEMO_USERS.map((user) => user.username));
  const found: string[] = [];
  for (const row of rows) if (await verifyPassword(DEMO_PASSWORD, row.password_hash)) found.push(row.username);
  return found;
}

/** A database seeded earlier on loopback must not become reachable with the published password either. */
export async function assertNoPublishedPasswordReachable(app: INestApplicationContext, host: string): Promise<void> {
  if (isLoopback(host)) return;
  const exposed = await accountsWithPublishedPassword(app);
  if (exposed.length === 0) return;
  throw new Error(
    `Refusing to start on ${host}: the accounts ${exposed.join(', ')} still have the published demo password ${DEMO_PASSWORD}. ` +
      'Change their passwords (or disable them) while listening on 127.0.0.1, or keep HOST=127.0.0.1.',
  );
}

/** The start-up line saying which mode runs and who can reach it. */
export function reachabilityLine(config: Pick<AppConfig, 'databaseUrl' | 'seedDemo' | 'host' | 'port'>): string {
  const host = config.host ?? '0.0.0.0';
  const mode = config.databaseUrl ? 'DATABASE_URL database' : 'embedded PostgreSQL';
  const demo = config.seedDemo ? `demo accounts (password ${DEMO_PASSWORD})` : 'no demo accounts';
  const who = isLoopback(host) ? 'only this computer can reach it' : 'reachable from the network';
  return `Mode: ${mode}, ${demo}; listening on ${host}:${config.port} — ${who}`;
}
