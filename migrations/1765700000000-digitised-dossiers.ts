import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Digitised dossiers and electronic results (QĐ 766 group 4): stored files (PostgreSQL storage
 * adapter), attachments tied to the procedure's document list, signed results, their downloads,
 * and the demo signing certificates. Stored bytes, hashes and storage keys never change: triggers
 * refuse UPDATE on them, so a stored file is read-only even to the service's own SQL.
 */
export class DigitisedDossiers1765700000000 implements MigrationInterface {
  name = 'DigitisedDossiers1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stored_files (
        key text PRIMARY KEY,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // PDF, JPEG and PNG are compressed already: skip PostgreSQL's own compression attempt (time, no gain).
    await db.query(`ALTER TABLE stored_files ALTER COLUMN content SET STORAGE EXTERNAL`);
    await db.query(`
      CREATE FUNCTION refuse_stored_file_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stored files are read-only (%)', TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$`);
    await db.query(`CREATE TRIGGER stored_files_read_only BEFORE UPDATE ON stored_files FOR EACH ROW EXECUTE FUNCTION refuse_stored_file_change()`);
    await db.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        document_code text NOT NULL,
        name text NOT NULL,
        media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size integer NOT NULL CHECK (size > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage text NOT NULL CHECK (storage IN ('postgres', 's3')),
        storage_key text NOT NULL,
        digitised boolean NOT NULL,
        source_kind text NOT NULL CHECK (source_kind IN ('original', 'certified_copy', 'copy')),
        reuse_of uuid NULL REFERENCES attachments(id),
        applicant_id_number text NOT NULL,
        uploaded_by uuid NULL REFERENCES users(id),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX attachments_dossier ON attachments (dossier_id, created_at)`);
    await db.query(`CREATE INDEX attachments_applicant ON attachments (applicant_id_number)`);
    await db.query(`
      CREATE TABLE dossier_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        number integer NOT NULL,
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage text NOT NULL CHECK (storage IN ('postgres', 's3')),
        storage_key text NOT NULL,
        signer_subject text NOT NULL,
        demo_certificate boolean NOT NULL,
        signed_at timestamptz NOT NULL,
        created_by uuid NULL REFERENCES users(id),
        UNIQUE (dossier_id, number)
      )`);
    await db.query(`
      CREATE TABLE result_downloads (
        id bigserial PRIMARY KEY,
        result_id uuid NOT NULL REFERENCES dossier_results(id),
        channel text NOT NULL CHECK (channel IN ('public', 'staff')),
        downloaded_at timestamptz NOT NULL,
        client text NULL,
        user_id uuid NULL REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX result_downloads_result ON result_downloads (result_id)`);
    for (const table of ['attachments', 'dossier_results']) {
      await db.query(`
        CREATE TRIGGER ${table}_file_read_only BEFORE UPDATE OF sha256, size, storage, storage_key ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_stored_file_change()`);
    }
    await db.query(`
      CREATE TABLE demo_signing_certificates (
        agency_code text PRIMARY KEY,
        p12 bytea NOT NULL,
        passphrase text NOT NULL,
        subject text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS demo_signing_certificates, result_downloads, dossier_results, attachments, stored_files`);
    await db.query(`DROP FUNCTION IF EXISTS refuse_stored_file_change()`);
  }
}
