import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { trustProxySetting } from './trust-proxy';

/** Runtime settings, read once from the environment at start-up (tests build their own). */
/** A province's S3-compatible object store for attachments (S3_* variables). */
export interface S3Settings {
  /** e.g. http://127.0.0.1:4568 for a province's own object store (MinIO, Ceph, …). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Key prefix inside the bucket, e.g. "motcua/". */
  prefix?: string;
}

export interface AppConfig {
  port: number;
  /** Address the HTTP server binds (HOST): 127.0.0.1 by default with the embedded database, all interfaces otherwise. */
  host?: string;
  /** PostgreSQL connection string; when absent the service starts an embedded PostgreSQL. */
  databaseUrl?: string;
  /** The database owner's connection for migrations (MIGRATION_DATABASE_URL); DATABASE_URL is then the service's own role. */
  migrationDatabaseUrl?: string;
  /** Connections in this instance's pool (default: 2 per CPU core + 2, at least 4; see docs/performance.md). */
  databasePoolSize?: number;
  /** A streaming replica (hot standby) of DATABASE_URL: reports, exports and public look-ups read there; writes never do. */
  databaseReplicaUrl?: string;
  /** /health/ready answers 503 when the replica is further behind than this many seconds (default 30). */
  readyMaxReplicaLagSeconds?: number;
  /** Folder of the embedded PostgreSQL cluster. */
  dataDir: string;
  embeddedPort: number;
  /** Absolute origin put into QR codes and links, e.g. https://motcua.example.gov.vn */
  publicBaseUrl: string;
  /** Seed demo agencies, procedures and users (on with the embedded database unless SEED_DEMO=0). */
  seedDemo: boolean;
  /** With seedDemo on a database without demo dossiers: replay four months of the demo ward's counter (main.ts only). */
  seedDemoHistory?: boolean;
  /** Failed logins allowed for one account within the login window before 429 (default 10). */
  loginMaxFailures?: number;
  /** Failed logins allowed from one client address within the login window before 429 (default 30). */
  loginClientMaxFailures?: number;
  /** Length of the failed-login window, in minutes (default 15). */
  loginWindowMinutes?: number;
  /** Express `trust proxy` (TRUST_PROXY): false (default), a hop count, or addresses/CIDR ranges of the proxies. */
  trustProxy?: boolean | number | string[];
  /** Key deriving citizens' tracking tokens (TRACKING_TOKEN_KEY, ≥ 32 characters); else one kept in the database. */
  trackingTokenKey?: string;
  /** Lifetime of a staff bearer token, in minutes. */
  tokenTtlMinutes: number;
  logLevel: 'silent' | 'normal';
  /** JSON lines (default with DATABASE_URL) or one readable line each (default with the embedded database). */
  logFormat?: 'json' | 'pretty';
  /** Public look-up (issue 6): failed look-ups allowed per client IP within the window before 429. */
  publicLookupMaxFailures?: number;
  /** Public look-up: length of the failure-counting window, in seconds. */
  publicLookupWindowSeconds?: number;
  /** Lateness job (issue 5): minutes between runs of the due-soon / overdue scan; 0 turns the timer off. */
  latenessScanMinutes?: number;
  /** Default due-soon window of dossiers, in working days of the resolving agency (default 1; per-agency overrides in lateness_settings). */
  dueSoonWorkingDays?: number;
  /** Default due-soon window of control-slip steps, in working minutes (default 120). */
  stepDueSoonWorkingMinutes?: number;
  /** Seconds between runs of the applicant-notification dispatcher and event feed; 0 turns the timer off. */
  notificationDispatchSeconds?: number;
  /** First retry delay of a failed notification (seconds), doubled per attempt up to notificationRetryMaxSeconds. */
  notificationRetryBaseSeconds?: number;
  notificationRetryMaxSeconds?: number;
  /** Email to applicants over SMTP; without it emails wait in the outbox. */
  smtp?: SmtpSettings;
  /** SMS to applicants through an HTTP gateway (POST JSON); without it SMS wait in the outbox. */
  smsGateway?: SmsGatewaySettings;
  /** /health/ready answers 503 from this many items waiting in the outboxes on (default 1000). */
  readyMaxOutboxBacklog?: number;
  /** National portal (DVCQG) sync; off when absent (DVCQG_URL_ADD not set). */
  dvcqg?: DvcqgSettings;
  /** Seconds between runs of the DVCQG outbox worker; 0 turns the timer off (tests drive it by hand). */
  dvcqgPollSeconds?: number;
  /** Digitised documents and results (issue 19): largest accepted upload, in bytes (default 20 MB; larger → 413). */
  uploadMaxBytes?: number;
  /** The resolving authority's signing certificate (PKCS#12) and its password; without it the demo makes a self-signed one. */
  signingP12File?: string;
  signingP12Password?: string;
  /** QĐ 766 group 4 points and thresholds, "4.1=6:1,4.2=6:1,…" (points:threshold); see src/domain/digitisation. */
  digitisationRules?: string;
  /** Files in a province's S3-compatible object store instead of PostgreSQL. */
  s3?: S3Settings;
}

export interface DvcqgSettings {
  /** ThemMoi, CapNhat and DongBoTienTrinh endpoints (full URLs). */
  addUrl: string;
  updateUrl: string;
  progressUrl: string;
  /** Sent as "Authorization: Bearer <token>" when set. */
  token?: string;
  /** Cap of the exponential back-off after 5xx, timeouts and connection errors (default 300). */
  retryMaxSeconds: number;
  /** First retry delay, doubled per failed attempt (default 5). */
  retryBaseSeconds?: number;
  /** Time allowed for one call to the portal, in milliseconds (default 15000). */
  timeoutMs?: number;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  password?: string;
  /** Sender, e.g. "UBND phường Hạc Thành <motcua@hacthanh.gov.vn>". */
  from: string;
}

export interface SmsGatewaySettings {
  /** POST {to, text, sender?, reference} as JSON; any 2xx answer means accepted. */
  url: string;
  /** Sent as "Authorization: Bearer <token>" when set. */
  token?: string;
  /** Brand name (SMS brandname) passed to the gateway. */
  sender?: string;
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

function numberFrom(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Configuration error: ${name} must be a number ≥ 0, got "${raw}"`);
  }
  return value;
}

function flagFrom(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(`Configuration error: ${name} must be 0 or 1, got "${raw}"`);
}

function smtpFromEnv(env: NodeJS.ProcessEnv): SmtpSettings | undefined {
  if (!env.SMTP_HOST) return undefined;
  return {
    host: env.SMTP_HOST,
    port: intFrom('SMTP_PORT', 587, env),
    secure: env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true',
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    from: env.SMTP_FROM || `motcua <no-reply@${env.SMTP_HOST}>`,
  };
}

function smsGatewayFromEnv(env: NodeJS.ProcessEnv): SmsGatewaySettings | undefined {
  if (!env.SMS_GATEWAY_URL) return undefined;
  return { url: env.SMS_GATEWAY_URL, token: env.SMS_GATEWAY_TOKEN || undefined, sender: env.SMS_SENDER || undefined };
}

function dvcqgFromEnv(env: NodeJS.ProcessEnv): DvcqgSettings | undefined {
  if (!env.DVCQG_URL_ADD) return undefined;
  for (const name of ['DVCQG_URL_UPDATE', 'DVCQG_URL_PROGRESS']) {
    if (!env[name]) throw new Error(`Configuration error: ${name} must be set when DVCQG_URL_ADD is`);
  }
  return {
    addUrl: env.DVCQG_URL_ADD,
    updateUrl: env.DVCQG_URL_UPDATE as string,
    progressUrl: env.DVCQG_URL_PROGRESS as string,
    token: env.DVCQG_TOKEN || undefined,
    retryMaxSeconds: intFrom('DVCQG_RETRY_MAX_SECONDS', 300, env),
  };
}

function s3FromEnv(env: NodeJS.ProcessEnv): S3Settings | undefined {
  if (!env.S3_ENDPOINT) return undefined;
  const missing = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`Configuration error: S3_ENDPOINT is set but ${missing.join(', ')} is not`);
  return {
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET as string,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID as string,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY as string,
    prefix: env.S3_PREFIX || undefined,
  };
}

/** PostgreSQL's rule of thumb for a small server: about two connections per core doing work, plus a few waiting on I/O. */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(4, 2 * cores + 2);
}

/**
 * node-pg's pool settings for the primary and the replica. A pooled connection is kept for minutes,
 * not node-pg's default 10 s: a new one costs a SCRAM handshake and a fresh PostgreSQL backend, which
 * pays a page fault for every shared buffer page it touches the first time (a 5 MB upload's COPY
 * took 45 ms on a new connection and 26 ms on one that had already written 100 MB, PostgreSQL 15).
 */
export function poolOptionsOf(config: Pick<AppConfig, 'databasePoolSize'>) {
  return { max: config.databasePoolSize ?? defaultPoolSize(), idleTimeoutMillis: POOL_IDLE_MILLIS, ...TCP_KEEPALIVE };
}

/**
 * For every long-lived database connection (the pools, the LISTEN connection): a connection idle for
 * minutes must not be dropped silently by a firewall or NAT on the way to the database, which would
 * leave the next query hanging, or the LISTEN connection deaf, until TCP gave up.
 */
export const TCP_KEEPALIVE = { keepAlive: true, keepAliveInitialDelayMillis: 60_000 } as const;

const POOL_IDLE_MILLIS = 5 * 60_000;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = intFrom('PORT', 3000, env);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    host: env.HOST || (databaseUrl ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    databasePoolSize: intFrom('DATABASE_POOL_SIZE', defaultPoolSize(), env),
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || undefined,
    readyMaxReplicaLagSeconds: intFrom('READY_MAX_REPLICA_LAG_SECONDS', 30, env),
    dataDir: resolve(env.MOTCUA_DATA_DIR || './data'),
    embeddedPort: intFrom('MOTCUA_EMBEDDED_PG_PORT', 54329, env),
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    seedDemo: flagFrom('SEED_DEMO', !databaseUrl, env),
    seedDemoHistory: env.SEED_DEMO_HISTORY !== '0' && env.SEED_DEMO_HISTORY !== 'false',
    loginMaxFailures: intFrom('LOGIN_MAX_FAILURES', 10, env),
    loginClientMaxFailures: intFrom('LOGIN_CLIENT_MAX_FAILURES', 30, env),
    loginWindowMinutes: intFrom('LOGIN_WINDOW_MINUTES', 15, env),
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    trackingTokenKey: env.TRACKING_TOKEN_KEY || undefined,
    tokenTtlMinutes: intFrom('TOKEN_TTL_MINUTES', 12 * 60, env),
    logLevel: env.LOG_LEVEL === 'silent' ? 'silent' : 'normal',
    logFormat: env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty' ? env.LOG_FORMAT : databaseUrl ? 'json' : 'pretty',
    publicLookupMaxFailures: intFrom('PUBLIC_LOOKUP_MAX_FAILURES', 10, env),
    publicLookupWindowSeconds: intFrom('PUBLIC_LOOKUP_WINDOW_SECONDS', 600, env),
    latenessScanMinutes: numberFrom('LATENESS_SCAN_MINUTES', 15, env),
    dueSoonWorkingDays: numberFrom('DUE_SOON_WORKING_DAYS', 1, env),
    stepDueSoonWorkingMinutes: numberFrom('STEP_DUE_SOON_WORKING_MINUTES', 120, env),
    notificationDispatchSeconds: numberFrom('NOTIFY_DISPATCH_SECONDS', 60, env),
    notificationRetryBaseSeconds: numberFrom('NOTIFY_RETRY_BASE_SECONDS', 60, env),
    notificationRetryMaxSeconds: numberFrom('NOTIFY_RETRY_MAX_SECONDS', 6 * 3600, env),
    smtp: smtpFromEnv(env),
    smsGateway: smsGatewayFromEnv(env),
    readyMaxOutboxBacklog: intFrom('READY_MAX_OUTBOX_BACKLOG', 1000, env),
    dvcqg: dvcqgFromEnv(env),
    dvcqgPollSeconds: numberFrom('DVCQG_POLL_SECONDS', 2, env),
    uploadMaxBytes: intFrom('UPLOAD_MAX_BYTES', 20 * 1024 * 1024, env),
    signingP12File: env.SIGNING_P12_FILE || undefined,
    signingP12Password: env.SIGNING_P12_PASSWORD ?? '',
    digitisationRules: env.INDEX_766_DIGITISATION || undefined,
    s3: s3FromEnv(env),
  };
}
