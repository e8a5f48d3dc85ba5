import { Client } from 'pg';
import { runMigrations } from '../../src/database/migrate';
import { ResolvingAuthorities1765400000000 } from '../../migrations/1765400000000-resolving-authorities';
import { databaseBefore } from '../support/schema-before';
import type { TestDatabase } from '../support/test-database';

/**
 * Dossiers received before numbering existed: the migration enters them in the register and issues
 * their receipts in the order they were received, per centre and local year, and the counters go on
 * from there (a new row takes the next entry).
 */
describe('migration 1765400100000: register entries and receipts of earlier dossiers', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    let id: string;
    ({ db, client, procedureId: id } = await databaseBefore(ResolvingAuthorities1765400000000));
    // Entered out of order: the 2026 ones by received_at; 31/12/2025 23:30 in Hà Nội is still 2025.
    const received = ['2026-01-05T09:00:00+07:00', '2025-12-31T23:30:00+07:00', '2026-01-02T08:00:00+07:00'];
    for (const [i, at] of received.entries()) {
      await client.query(
        `INSERT INTO dossiers (code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code,
                               procedure_version, rule_version, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address,
                               channel, status, received_at, due_at, original_due_at, tracking_token)
         VALUES ($1, '000.17.22.H56', ($2::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 1, '000.17.22.H56', '000.17.22.H56', $3, '1.004873',
                 1, 'ND118-2025', 'person', 'Lê Thị Mai', '038185004321', '0912345678', 'Hạc Thành', 'direct', 2, $2, $2::timestamptz + interval '3 days',
                 $2::timestamptz + interval '3 days', 'token')`,
        [`OLD-${i}`, at, id],
      );
    }
    await runMigrations(db.url);
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('numbers earlier dossiers per local year in order of receipt, and issues their receipts under the same numbers', async () => {
    const { rows } = await client.query(
      `SELECT d.code, d.register_year AS year, d.register_book AS book, d.register_entry AS entry, i.number, i.symbol, i.issued_at = d.received_at AS dated
         FROM dossiers d JOIN issued_documents i ON i.dossier_id = d.id AND i.form = 'receipt' ORDER BY d.code`,
    );
    expect(rows).toEqual([
      { code: 'OLD-0', year: 2026, book: 1, entry: 2, number: 2, symbol: 'TNHS', dated: true },
      { code: 'OLD-1', year: 2025, book: 1, entry: 1, number: 1, symbol: 'TNHS', dated: true },
      { code: 'OLD-2', year: 2026, book: 1, entry: 1, number: 1, symbol: 'TNHS', dated: true },
    ]);
  });

  it('goes on from the last numbers: a new dossier of 2026 takes entry 3', async () => {
    const { rows } = await client.query(
      `INSERT INTO dossiers (code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code,
                             procedure_version, rule_version, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address,
                             channel, status, received_at, due_at, original_due_at, tracking_token_hash)
       SELECT 'NEW-0', code_agency, '2026-01-06', 1, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code, procedure_version, rule_version,
              applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address, channel, status,
              '2026-01-06T09:00:00+07:00', due_at, original_due_at, tracking_token_hash
         FROM dossiers WHERE code = 'OLD-0'
       RETURNING register_year AS year, register_entry AS entry`,
    );
    expect(rows).toEqual([{ year: 2026, entry: 3 }]);
    const counters = await client.query(`SELECT series, year, last_value FROM number_counters ORDER BY series, year`);
    expect(counters.rows).toEqual([
      { series: 'documents', year: 2025, last_value: 1 },
      { series: 'documents', year: 2026, last_value: 2 },
      { series: 'register', year: 2025, last_value: 1 },
      { series: 'register', year: 2026, last_value: 3 },
    ]);
  });
});
