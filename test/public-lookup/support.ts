import { Client } from 'pg';
import { ApiClient } from '../support/http';
import type { TestApp } from '../support/test-app';

/** A citizen with personal data that must never reach a public page. */
export const applicant = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  idNumber: '038190012345',
  phone: '0912 345 678',
  email: 'nhung.nguyen@example.vn',
  address: 'Số 17 ngõ 42 Trần Xuân Soạn, xã Quảng Phú',
};

/** Every form in which the personal data could leak: as typed, normalised, and in parts. */
export const personalFragments = [
  applicant.idNumber,
  '0912345678',
  '0912 345 678',
  '345678',
  applicant.email,
  'nhung.nguyen',
  applicant.address,
  'Trần Xuân Soạn',
  'Quảng Phú',
  'ngõ 42',
  'Thị Hồng Nhung',
  'Nhung',
];

export interface ReceivedDossier {
  code: string;
  token: string;
  /** The tracking URL as printed (origin http://motcua.test). */
  trackingUrl: string;
  /** Path and query of the tracking URL, to be put behind the test server's origin. */
  trackingPath: string;
  dueAt: string;
  receivedAt: string;
}

export async function receiveDossier(counter: ApiClient, procedureCode = '1.004873'): Promise<ReceivedDossier> {
  const response = await counter.post('/api/v1/dossiers', { procedureCode, applicant, channel: 'direct' });
  if (response.status !== 201) throw new Error(`intake failed: ${response.status} ${JSON.stringify(response.body)}`);
  const url = new URL(response.body.trackingUrl);
  return {
    code: response.body.code,
    token: url.searchParams.get('t') ?? '',
    trackingUrl: response.body.trackingUrl,
    trackingPath: `${url.pathname}${url.search}`,
    dueAt: response.body.dueAt,
    receivedAt: response.body.receivedAt,
  };
}

/** Plain SQL against the test database, for the state changes other capabilities will own (hand-offs, apologies…). */
export async function sql<T = Record<string, unknown>>(t: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: t.db.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Appends an event and moves the dossier as the owning capability would (the version goes up). */
export async function recordEvent(
  t: TestApp,
  code: string,
  event: { type: string; at: string; toStatus?: number; data?: Record<string, unknown>; set?: Record<string, unknown> },
): Promise<void> {
  const [dossier] = await sql<{ id: string; status: number }>(t, 'SELECT id, status FROM dossiers WHERE code = $1', [code]);
  await sql(
    t,
    `INSERT INTO dossier_events (dossier_id, type, occurred_at, actor_name, from_status, to_status, data)
     VALUES ($1, $2, $3, 'Cán bộ thử nghiệm', $4, $5, $6)`,
    [dossier.id, event.type, event.at, dossier.status, event.toStatus ?? null, JSON.stringify(event.data ?? {})],
  );
  const set: Record<string, unknown> = { ...(event.set ?? {}) };
  if (event.toStatus !== undefined) set.status = event.toStatus;
  const columns = Object.keys(set);
  if (columns.length === 0) return;
  const assignments = columns.map((column, i) => `${column} = $${i + 2}`).join(', ');
  await sql(t, `UPDATE dossiers SET ${assignments}, version = version + 1, updated_at = now() WHERE id = $1`, [dossier.id, ...Object.values(set)]);
}

/** The expected Vietnamese appointment text, computed independently of the service with Intl. */
export function vietnameseAppointment(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      weekday: 'long',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const weekdays: Record<string, string> = {
    Monday: 'thứ Hai',
    Tuesday: 'thứ Ba',
    Wednesday: 'thứ Tư',
    Thursday: 'thứ Năm',
    Friday: 'thứ Sáu',
    Saturday: 'thứ Bảy',
    Sunday: 'Chủ nhật',
  };
  return `${parts.hour} giờ ${parts.minute}, ${weekdays[parts.weekday]} ${parts.day}/${parts.month}/${parts.year}`;
}

/** A client seen by the service as coming from `ip` (when started with TRUST_PROXY=loopback, as behind a local proxy). */
export function from(ip: string): Record<string, string> {
  return { 'x-forwarded-for': ip };
}

/** Plain text of an HTML page, tags dropped and entities of the escaper decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
