import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { HashedTrackingTokens1765800200000 } from '../../migrations/1765800200000-hashed-tracking-tokens';
import { runMigrations } from '../../src/database/migrate';
import { TrackingTokens } from '../../src/dossiers/tracking-tokens';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { databaseBefore } from '../support/schema-before';
import type { TestDatabase } from '../support/test-database';
import { receiveDossier, sql } from './support';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Issue 17.3: the citizens' tracking tokens are kept hashed, like staff tokens. */
describe('tracking tokens stored hashed', () => {
  let t: TestApp;
  let api: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t.baseUrl);
  });
  afterAll(() => t?.close());

  it('keeps no copy of the printed token anywhere in the database row, only its SHA-256', async () => {
    const counter = await api.login('tiepnhan');
    const dossier = await receiveDossier(counter);
    const [row] = await sql<{ whole: string; hash: Buffer }>(t, `SELECT row_to_json(d)::text AS whole, d.tracking_token_hash AS hash FROM dossiers d WHERE code = $1`, [dossier.code]);
    expect(dossier.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(row.whole).not.toContain(dossier.token);
    expect(row.hash.equals(sha256(dossier.token))).toBe(true);
    const page = await api.get(`/api/v1/public/dossiers/${encodeURIComponent(dossier.code)}?t=${dossier.token}`);
    expect(page.status).toBe(200);
  });

  it('prints the same token again on a reprint (derived, not stored) and refuses a wrong one', async () => {
    const counter = await api.login('tiepnhan');
    const dossier = await receiveDossier(counter);
    const detail = await counter.get(`/api/v1/dossiers/${encodeURIComponent(dossier.code)}`);
    expect(detail.body.trackingUrl).toBe(dossier.trackingUrl);
    const wrong = await api.get(`/api/v1/public/dossiers/${encodeURIComponent(dossier.code)}?t=${dossier.token.slice(0, -2)}xx`);
    expect(wrong.status).toBe(404);
  });

  it('still opens a dossier whose token was printed before hashing (its hash kept by the migration)', async () => {
    const counter = await api.login('tiepnhan');
    const dossier = await receiveDossier(counter);
    await sql(t, `UPDATE dossiers SET tracking_token_hash = sha256(convert_to($2, 'UTF8')) WHERE code = $1`, [dossier.code, 'OldPlainToken-printed-2025']);
    const old = await api.get(`/api/v1/public/dossiers/${encodeURIComponent(dossier.code)}?t=OldPlainToken-printed-2025`);
    expect(old.status).toBe(200);
    const derived = await api.get(`/api/v1/public/dossiers/${encodeURIComponent(dossier.code)}?t=${dossier.token}`);
    expect(derived.status).toBe(200);
  });
});

describe('migration 1765800200000: plain tokens become hashes', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    let id: string;
    ({ db, client, procedureId: id } = await databaseBefore(HashedTrackingTokens1765800200000));
    await client.query(
      `INSERT INTO dossiers (code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code,
                             procedure_version, rule_version, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address,
                             channel, status, received_at, due_at, original_due_at, tracking_token)
       VALUES ('OLD-1', '000.17.22.H56', '2026-01-05', 1, '000.17.22.H56', '000.17.22.H56', $1, '1.004873', 1, 'ND118-2025', 'person', 'Lê Thị Mai',
               '038185004321', '0912345678', 'Hạc Thành', 'direct', 2, '2026-01-05T09:00:00+07:00', '2026-01-08T17:00:00+07:00',
               '2026-01-08T17:00:00+07:00', 'Tiếng-Việt-token_ÂĐ')`,
      [id],
    );
    await runMigrations(db.url);
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('drops the plain column and keeps a hash that still proves the printed token', async () => {
    const columns = (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'dossiers' AND column_name LIKE 'tracking%'`)).rows;
    expect(columns).toEqual([{ column_name: 'tracking_token_hash' }]);
    const [row] = (await client.query(`SELECT id, tracking_token_hash AS hash FROM dossiers WHERE code = 'OLD-1'`)).rows;
    const tokens = TrackingTokens.withKey('k'.repeat(32));
    expect(tokens.proves('Tiếng-Việt-token_ÂĐ', row.id, row.hash)).toBe(true);
    expect(tokens.proves('Tiếng-Việt-token_ÂD', row.id, row.hash)).toBe(false);
    expect(tokens.proves(tokens.tokenOf(row.id), row.id, row.hash)).toBe(true);
  });
});
