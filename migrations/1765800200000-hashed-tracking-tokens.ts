import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizens' tracking tokens are kept hashed (SHA-256), like staff tokens: a leaked dossiers table,
 * export or replica no longer opens anyone's dossier. Tokens already printed stay valid through
 * their hash; new ones are derived from the dossier id with a key in app_secrets (src/dossiers/tracking-tokens.ts).
 */
export class HashedTrackingTokens1765800200000 implements MigrationInterface {
  name = 'HashedTrackingTokens1765800200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE dossiers ADD COLUMN tracking_token_hash bytea`);
    await db.query(`UPDATE dossiers SET tracking_token_hash = sha256(convert_to(tracking_token, 'UTF8'))`);
    await db.query(`ALTER TABLE dossiers ALTER COLUMN tracking_token_hash SET NOT NULL`);
    await db.query(`ALTER TABLE dossiers DROP COLUMN tracking_token`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The plain tokens cannot come back; old dossiers keep a placeholder that opens nothing.
    await db.query(`ALTER TABLE dossiers ADD COLUMN tracking_token text`);
    await db.query(`UPDATE dossiers SET tracking_token = encode(tracking_token_hash, 'hex')`);
    await db.query(`ALTER TABLE dossiers ALTER COLUMN tracking_token SET NOT NULL`);
    await db.query(`ALTER TABLE dossiers DROP COLUMN tracking_token_hash`);
    await db.query(`DROP TABLE app_secrets`);
  }
}
