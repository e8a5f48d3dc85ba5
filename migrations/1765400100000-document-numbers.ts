import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued documents and their numbers (DOMAIN §8): "Số: N/<symbol>", N running per issuing body per
 * calendar year, allocated in the transaction that issues the document (the counter row's lock
 * serialises issuers; a rolled-back issue gives its number back) and stored with the document, so a
 * reprint shows the same number. What a reprint must repeat (the receipt's appointment, the
 * signer) is kept in `content`. The tracking register gets entry numbers per book and year, written
 * at receipt and never renumbered.
 *
 * Dossiers received before this migration: their receipts and register entries are numbered in the
 * order they were received, per centre and year; the counters continue from there.
 */
export class DocumentNumbers1765400100000 implements MigrationInterface {
  name = 'DocumentNumbers1765400100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE number_counters (
        agency_code text NOT NULL REFERENCES agencies(code),
        series text NOT NULL CHECK (series IN ('documents', 'register')),
        year integer NOT NULL,
        last_value integer NOT NULL CHECK (last_value > 0),
        PRIMARY KEY (agency_code, series, year)
      )`);
    await db.query(`
      CREATE TABLE issued_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer_code text NOT NULL REFERENCES agencies(code),
        year integer NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        form text NOT NULL CHECK (form IN ('receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'withdrawal_notice')),
        symbol text NOT NULL,
        dossier_id uuid NULL REFERENCES dossiers(id),
        subject text NOT NULL,
        issued_at timestamptz NOT NULL,
        content jsonb NOT NULL DEFAULT '{}',
        UNIQUE (issuer_code, year, number),
        UNIQUE (subject)
      )`);
    await db.query(`CREATE INDEX issued_documents_dossier ON issued_documents (dossier_id, form, issued_at) WHERE dossier_id IS NOT NULL`);
    await db.query(`
      ALTER TABLE dossiers
        ADD COLUMN register_year integer NULL,
        ADD COLUMN register_book integer NULL,
        ADD COLUMN register_entry integer NULL`);
    // Earlier dossiers: entries and receipts in order of receipt, per centre and local year.
    await db.query(`
      WITH numbered AS (
        SELECT id, extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year,
               row_number() OVER (PARTITION BY receiving_agency_code, extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')
                                  ORDER BY received_at, code) AS n
          FROM dossiers)
      UPDATE dossiers d SET register_year = numbered.year, register_book = 1, register_entry = numbered.n
        FROM numbered WHERE numbered.id = d.id`);
    await db.query(`
      INSERT INTO issued_documents (issuer_code, year, number, form, symbol, dossier_id, subject, issued_at, content)
      SELECT receiving_agency_code, register_year, register_entry, 'receipt', 'TNHS', id, 'receipt:' || id || ':1', received_at,
             jsonb_build_object('receivedAt', received_at, 'dueAt', original_due_at)
        FROM dossiers`);
    await db.query(`
      INSERT INTO number_counters (agency_code, series, year, last_value)
      SELECT receiving_agency_code, s.series, register_year, max(register_entry)
        FROM dossiers CROSS JOIN (VALUES ('documents'), ('register')) AS s(series)
       GROUP BY receiving_agency_code, s.series, register_year`);
    await db.query(`
      ALTER TABLE dossiers
        ALTER COLUMN register_year SET NOT NULL,
        ALTER COLUMN register_book SET NOT NULL,
        ALTER COLUMN register_entry SET NOT NULL,
        ADD CONSTRAINT dossiers_register_entry_unique UNIQUE (receiving_agency_code, register_year, register_book, register_entry)`);
    await this.registerTrigger(db);
  }

  /** Every new dossier row, however inserted, takes the next entry of its receipt year's book. */
  private async registerTrigger(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION assign_register_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.register_year := extract(year FROM NEW.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int;
        NEW.register_book := coalesce(NEW.register_book, 1);
        INSERT INTO number_counters (agency_code, series, year, last_value) VALUES (NEW.receiving_agency_code, 'register', NEW.register_year, 1)
        ON CONFLICT (agency_code, series, year) DO UPDATE SET last_value = number_counters.last_value + 1
        RETURNING last_value INTO NEW.register_entry;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER dossiers_register_entry BEFORE INSERT ON dossiers
      FOR EACH ROW WHEN (NEW.register_entry IS NULL) EXECUTE FUNCTION assign_register_entry()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS dossiers_register_entry ON dossiers`);
    await db.query(`DROP FUNCTION IF EXISTS assign_register_entry()`);
    await db.query(`ALTER TABLE dossiers DROP CONSTRAINT IF EXISTS dossiers_register_entry_unique`);
    await db.query(`ALTER TABLE dossiers DROP COLUMN IF EXISTS register_entry, DROP COLUMN IF EXISTS register_book, DROP COLUMN IF EXISTS register_year`);
    await db.query(`DROP TABLE IF EXISTS issued_documents`);
    await db.query(`DROP TABLE IF EXISTS number_counters`);
  }
}
