import { resolve } from 'node:path';

/** Runtime settings, read once from the environment at start-up (tests build their own). */
export interface AppConfig {
  port: number;
  /** PostgreSQL connection string; when absent the service starts an embedded PostgreSQL. */
  databaseUrl?: string;
  /** Folder of the embedded PostgreSQL cluster. */
  dataDir: string;
  embeddedPort: number;
  /** Absolute origin put into QR codes and links, e.g. https://motcua.example.gov.vn */
  publicBaseUrl: string;
  /** Seed demo agencies, procedures and users (always on with the embedded database). */
  seedDemo: boolean;
  /** Lifetime of a staff bearer token, in minutes. */
  tokenTtlMinutes: number;
  logLevel: 'silent' | 'normal';
  /** Public look-up (issue 6): failed look-ups allowed per client IP within the window before 429. */
  publicLookupMaxFailures?: number;
  /** Public look-up: length of the failure-counting window, in seconds. */
  publicLookupWindowSeconds?: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

function intFrom(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Configuration error: ${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = intFrom('PORT', 3000, env);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    databaseUrl,
    dataDir: resolve(env.MOTCUA_DATA_DIR || './data'),
    embeddedPort: intFrom('MOTCUA_EMBEDDED_PG_PORT', 54329, env),
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    seedDemo: !databaseUrl || env.SEED_DEMO === '1' || env.SEED_DEMO === 'true',
    tokenTtlMinutes: intFrom('TOKEN_TTL_MINUTES', 12 * 60, env),
    logLevel: env.LOG_LEVEL === 'silent' ? 'silent' : 'normal',
    publicLookupMaxFailures: intFrom('PUBLIC_LOOKUP_MAX_FAILURES', 10, env),
    publicLookupWindowSeconds: intFrom('PUBLIC_LOOKUP_WINDOW_SECONDS', 600, env),
  };
}
