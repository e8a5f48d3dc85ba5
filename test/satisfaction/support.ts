import { ApiClient } from '../support/http';
import type { TestApp } from '../support/test-app';
import { receiveDossier, ReceivedDossier, sql } from '../public-lookup/support';

/** A dossier received, resolved and handed back (status 10) through the real API, at the test clock's time. */
export async function returnedDossier(staff: { counter: ApiClient; officer: ApiClient }): Promise<ReceivedDossier> {
  const dossier = await receiveDossier(staff.counter);
  const resolved = await staff.officer.post(`/api/v1/dossiers/${dossier.code}/resolve`, { outcome: 'approved' });
  if (resolved.status !== 200) throw new Error(`resolve failed: ${resolved.status} ${JSON.stringify(resolved.body)}`);
  const returned = await staff.counter.post(`/api/v1/dossiers/${dossier.code}/return`, { method: 'counter' });
  if (returned.status !== 200) throw new Error(`return failed: ${returned.status} ${JSON.stringify(returned.body)}`);
  return dossier;
}

export interface StoredRating {
  level: string;
  comment: string | null;
  source: string;
  recorded_by: string | null;
  rated_at: Date;
}

/** What the database holds for a dossier: its rating rows (0 or 1) and its satisfaction_rated events. */
export async function stored(t: TestApp, code: string) {
  const ratings = await sql<StoredRating>(
    t,
    `SELECT r.level, r.comment, r.source, r.recorded_by, r.rated_at FROM satisfaction_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = $1`,
    [code],
  );
  const events = await sql<{ actor_id: string | null; actor_name: string; data: Record<string, unknown>; from_status: number; to_status: number; occurred_at: Date }>(
    t,
    `SELECT e.actor_id, e.actor_name, e.data, e.from_status, e.to_status, e.occurred_at FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.code = $1 AND e.type = 'satisfaction_rated' ORDER BY e.id`,
    [code],
  );
  return { ratings, events };
}

/** A page fetched without following redirects. */
export async function page(t: TestApp, path: string, headers: Record<string, string> = {}, init: RequestInit = {}) {
  const response = await fetch(`${t.baseUrl}${path}`, { redirect: 'manual', ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Posts an HTML form as a browser does (application/x-www-form-urlencoded). */
export function postForm(t: TestApp, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return page(t, path, headers, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}
