import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national portal (DVCQG) outbox: one row per dossier, marked dirty by a trigger on the audit
 * trail, so every change that appends an event (intake, hand-off, supplement, apology, resolve,
 * return, refusal, stop, withdrawal, due-date change, and any action added later) records it in the
 * same transaction, without a call in each service. The worker builds the record from the
 * dossier's current state at send time: the latest state wins, and a dossier is one queue item.
 * Events that do not change the portal record (lateness warnings, satisfaction ratings) are skipped.
 */
export class DvcqgOutbox1765500000000 implements MigrationInterface {
  name = 'DvcqgOutbox1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dvcqg_outbox (
        dossier_id uuid PRIMARY KEY REFERENCES dossiers(id),
        state text NOT NULL CHECK (state IN ('pending', 'synced', 'refused')),
        revision bigint NOT NULL DEFAULT 1,
        dirty_since timestamptz NOT NULL,
        next_attempt_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        last_error text,
        added boolean NOT NULL DEFAULT false,
        accepted_at timestamptz,
        synced_at timestamptz,
        progress_event_id bigint NOT NULL DEFAULT 0
      )`);
    await db.query(`CREATE INDEX dvcqg_outbox_due ON dvcqg_outbox (next_attempt_at) WHERE state = 'pending'`);
    await db.query(`CREATE INDEX dvcqg_outbox_refused ON dvcqg_outbox (last_attempt_at) WHERE state = 'refused'`);
    await db.query(`
      CREATE FUNCTION dvcqg_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dvcqg_outbox AS o (dossier_id, state, dirty_since, next_attempt_at)
        VALUES (NEW.dossier_id, 'pending', NEW.occurred_at, NEW.occurred_at)
        ON CONFLICT (dossier_id) DO UPDATE SET
          revision = o.revision + 1,
          state = 'pending',
          -- Already pending: keep its place and any back-off (the portal may be down); otherwise due now.
          dirty_since = CASE WHEN o.state = 'pending' THEN o.dirty_since ELSE EXCLUDED.dirty_since END,
          next_attempt_at = CASE WHEN o.state = 'pending' THEN o.next_attempt_at ELSE EXCLUDED.next_attempt_at END,
          attempts = CASE WHEN o.state = 'pending' THEN o.attempts ELSE 0 END;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER dossier_events_dvcqg AFTER INSERT ON dossier_events
        FOR EACH ROW WHEN (NEW.type NOT IN ('lateness_warning', 'satisfaction_rated'))
        EXECUTE FUNCTION dvcqg_mark_dirty()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS dossier_events_dvcqg ON dossier_events`);
    await db.query(`DROP FUNCTION IF EXISTS dvcqg_mark_dirty()`);
    await db.query(`DROP TABLE IF EXISTS dvcqg_outbox`);
  }
}
