import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff account management (issue 17.3): an append-only trail of who created, disabled, enabled,
 * reset or changed the roles of which account; indexes to revoke a user's tokens and purge expired ones.
 */
export class StaffAccounts1765600100000 implements MigrationInterface {
  name = 'StaffAccounts1765600100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_account_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid NOT NULL REFERENCES users(id),
        actor_username text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        username text NOT NULL,
        action text NOT NULL CHECK (action IN ('created', 'disabled', 'enabled', 'password_reset', 'password_changed', 'roles_changed')),
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX user_account_events_user ON user_account_events (user_id, occurred_at)`);
    await db.query(`
      CREATE FUNCTION refuse_account_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'user_account_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER user_account_events_append_only BEFORE UPDATE OR DELETE ON user_account_events
      FOR EACH ROW EXECUTE FUNCTION refuse_account_event_change()`);
    await db.query(`
      CREATE TRIGGER user_account_events_no_truncate BEFORE TRUNCATE ON user_account_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_account_event_change()`);
    await db.query(`CREATE INDEX IF NOT EXISTS auth_tokens_user ON auth_tokens (user_id)`);
    await db.query(`CREATE INDEX IF NOT EXISTS auth_tokens_expiry ON auth_tokens (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS auth_tokens_expiry`);
    await db.query(`DROP INDEX IF EXISTS auth_tokens_user`);
    await db.query(`DROP TABLE IF EXISTS user_account_events`);
    await db.query(`DROP FUNCTION IF EXISTS refuse_account_event_change()`);
  }
}
