import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lateness (issue 5): per-agency due-soon windows, the warnings raised by the lateness job (each once
 * per subject, kind and deadline, whatever the number of service instances), and the applicants'
 * notification outbox with the record of which audit events it has already turned into messages.
 */
export class LatenessAndNotifications1764000500000 implements MigrationInterface {
  name = 'LatenessAndNotifications1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lateness_settings (
        agency_code text PRIMARY KEY REFERENCES agencies(code),
        due_soon_working_minutes integer CHECK (due_soon_working_minutes > 0),
        step_due_soon_working_minutes integer CHECK (step_due_soon_working_minutes > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE lateness_warnings (
        id bigserial PRIMARY KEY,
        subject text NOT NULL CHECK (subject IN ('dossier', 'step')),
        subject_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
        deadline_at timestamptz NOT NULL,
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        step_position integer,
        agency_code text NOT NULL REFERENCES agencies(code),
        recipient_user_id uuid REFERENCES users(id),
        recipient_name text,
        message text NOT NULL,
        raised_at timestamptz NOT NULL,
        raised_by text NOT NULL,
        UNIQUE (subject, subject_id, kind, deadline_at)
      )`);
    await db.query(`CREATE INDEX lateness_warnings_agency_raised ON lateness_warnings (agency_code, raised_at DESC)`);
    await db.query(`CREATE INDEX lateness_warnings_recipient_raised ON lateness_warnings (recipient_user_id, raised_at DESC) WHERE recipient_user_id IS NOT NULL`);
    await db.query(`CREATE INDEX lateness_warnings_dossier ON lateness_warnings (dossier_id)`);
    await db.query(`CREATE INDEX dossier_steps_open_dossier ON dossier_steps (dossier_id) WHERE finished_at IS NULL`);

    await db.query(`
      CREATE TABLE notification_outbox (
        id bigserial PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        source_event_id bigint REFERENCES dossier_events(id),
        kind text NOT NULL CHECK (kind IN ('appointment_moved', 'result_ready', 'supplement_needed')),
        channel text NOT NULL CHECK (channel IN ('email', 'sms')),
        recipient text NOT NULL,
        subject text,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        last_attempt_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at, id) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX notification_outbox_dossier ON notification_outbox (dossier_id, id)`);

    // The audit events already turned into notifications (or deliberately skipped): the event feed's memory.
    await db.query(`
      CREATE TABLE notification_sources (
        event_id bigint PRIMARY KEY REFERENCES dossier_events(id),
        processed_at timestamptz NOT NULL,
        outcome text NOT NULL
      )`);
    await db.query(`CREATE INDEX dossier_events_notifiable ON dossier_events (id) WHERE type IN ('resolved', 'supplement_requested')`);
    // Events recorded before notifications existed are history, not news: never message them.
    await db.query(`
      INSERT INTO notification_sources (event_id, processed_at, outcome)
      SELECT id, now(), 'before_notifications' FROM dossier_events WHERE type IN ('resolved', 'supplement_requested')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS dossier_events_notifiable`);
    await db.query(`DROP INDEX IF EXISTS dossier_steps_open_dossier`);
    await db.query(`DROP TABLE IF EXISTS notification_sources, notification_outbox, lateness_warnings, lateness_settings`);
  }
}
