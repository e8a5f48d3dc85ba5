import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { S3Settings } from '../attachments/s3-file-storage';

/** Runtime settings, read once from the environment at start-up (tests build their own). */
export interface AppConfig {
  port: number;
  /** PostgreSQL connection string; when absent the service starts an embedded PostgreSQL. */
  databaseUrl?: string;
  /** Connections in this instance's pool (default: 2 per CPU core + 2, at least 4; see docs/performance.md). */
  databasePoolSize?: number;
  /** Folder of the embedded PostgreSQL cluster. */
  dataDir: string;
  embeddedPort: number;
  /** Absolute origin put into QR codes and links, e.g. https://motcua.example.gov.vn */
  publicBaseUrl: string;
  /** Seed demo agencies, procedures and users (always on with the embedded database). */
  seedDemo: boolean;
  /** With seedDemo on a database without demo dossiers: replay four months of the demo ward's counter (main.ts only). */
  seedDemoHistory?: boolean;
  /** Lifetime of a staff bearer token, in minutes. */
  tokenTtlMinutes: number;
  logLevel: 'silent' | 'normal';
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

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = intFrom('PORT', 3000, env);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    databaseUrl,
    databasePoolSize: intFrom('DATABASE_POOL_SIZE', defaultPoolSize(), env),
    dataDir: resolve(env.MOTCUA_DATA_DIR || './data'),
    embeddedPort: intFrom('MOTCUA_EMBEDDED_PG_PORT', 54329, env),
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    seedDemo: !databaseUrl || env.SEED_DEMO === '1' || env.SEED_DEMO === 'true',
    seedDemoHistory: env.SEED_DEMO_HISTORY !== '0' && env.SEED_DEMO_HISTORY !== 'false',
    tokenTtlMinutes: intFrom('TOKEN_TTL_MINUTES', 12 * 60, env),
    logLevel: env.LOG_LEVEL === 'silent' ? 'silent' : 'normal',
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
    uploadMaxBytes: intFrom('UPLOAD_MAX_BYTES', 20 * 1024 * 1024, env),
    signingP12File: env.SIGNING_P12_FILE || undefined,
    signingP12Password: env.SIGNING_P12_PASSWORD ?? '',
    digitisationRules: env.INDEX_766_DIGITISATION || undefined,
    s3: s3FromEnv(env),
  };
}
