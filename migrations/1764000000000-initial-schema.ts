import { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue, staff, dossiers and their append-only audit trail. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION unaccent_vi(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT lower(translate(input, 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))
      $$`);
    await db.query(`
      CREATE TABLE agencies (
        code text PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('province', 'commune')),
        parent_code text REFERENCES agencies(code),
        governing_body text NOT NULL,
        place_name text NOT NULL,
        address text NOT NULL DEFAULT '',
        phone text NOT NULL DEFAULT '',
        working_hours jsonb NOT NULL DEFAULT '[{"start":"07:30","end":"11:30"},{"start":"13:00","end":"17:00"}]',
        saturday_hours jsonb NOT NULL DEFAULT '[]',
        cutoff_time text NOT NULL DEFAULT '15:00',
        code_format text NOT NULL DEFAULT 'standard' CHECK (code_format IN ('standard', 'centralised')),
        system_owner_digits text CHECK (system_owner_digits ~ '^[0-9]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE fields (
        code text PRIMARY KEY,
        name text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE procedures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        version integer NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        name text NOT NULL,
        field_code text NOT NULL REFERENCES fields(code),
        agency_level text NOT NULL CHECK (agency_level IN ('province', 'commune')),
        duration_value numeric(8, 2) NOT NULL CHECK (duration_value >= 0),
        duration_unit text NOT NULL CHECK (duration_unit IN ('working_days', 'working_hours', 'calendar_days', 'same_day')),
        duration_mode text NOT NULL DEFAULT 'working_time' CHECK (duration_mode IN ('working_time', 'end_of_day')),
        supplement_policy text NOT NULL DEFAULT 'restart' CHECK (supplement_policy IN ('restart', 'pause')),
        documents jsonb NOT NULL DEFAULT '[]',
        fee_amount integer NOT NULL DEFAULT 0,
        fee_text text NOT NULL DEFAULT '',
        process_steps jsonb NOT NULL DEFAULT '[]',
        result_delivery text NOT NULL DEFAULT '',
        UNIQUE (code, version),
        CHECK (effective_to IS NULL OR effective_to > effective_from)
      )`);
    await db.query(`CREATE INDEX procedures_code_effective ON procedures (code, effective_from DESC)`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        agency_code text NOT NULL REFERENCES agencies(code),
        unit_name text NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE auth_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE dossier_sequences (
        agency_code text NOT NULL,
        receipt_date date NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (agency_code, receipt_date)
      )`);
    await db.query(`
      CREATE TABLE dossiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        code_agency text NOT NULL,
        code_date date NOT NULL,
        code_sequence integer NOT NULL,
        receiving_agency_code text NOT NULL REFERENCES agencies(code),
        resolving_agency_code text NOT NULL REFERENCES agencies(code),
        procedure_id uuid NOT NULL REFERENCES procedures(id),
        procedure_code text NOT NULL,
        procedure_version integer NOT NULL,
        rule_version text NOT NULL,
        applicant_kind text NOT NULL CHECK (applicant_kind IN ('person', 'organisation')),
        applicant_name text NOT NULL,
        applicant_id_number text NOT NULL,
        applicant_phone text NOT NULL,
        applicant_email text,
        applicant_address text NOT NULL,
        representative jsonb,
        channel text NOT NULL CHECK (channel IN ('direct', 'online', 'postal')),
        documents jsonb NOT NULL DEFAULT '[]',
        sets_count integer NOT NULL DEFAULT 1,
        note text,
        end_reason text,
        status smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
        received_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        original_due_at timestamptz NOT NULL,
        provisional boolean NOT NULL DEFAULT false,
        resolved_at timestamptz,
        returned_at timestamptz,
        ended_at timestamptz,
        outcome text CHECK (outcome IN ('approved', 'rejected')),
        return_method text CHECK (return_method IN ('counter', 'postal', 'online')),
        tracking_token text NOT NULL,
        idempotency_key text,
        created_by uuid REFERENCES users(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code_agency, code_date, code_sequence)
      )`);
    await db.query(`CREATE UNIQUE INDEX dossiers_idempotency ON dossiers (receiving_agency_code, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await db.query(`CREATE INDEX dossiers_receiving_received ON dossiers (receiving_agency_code, received_at DESC)`);
    await db.query(`CREATE INDEX dossiers_resolving_status_due ON dossiers (resolving_agency_code, status, due_at)`);
    await db.query(`CREATE INDEX dossiers_applicant_phone ON dossiers (applicant_phone)`);
    await db.query(`
      CREATE TABLE dossier_events (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users(id),
        actor_name text NOT NULL,
        from_status smallint,
        to_status smallint,
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id)`);
    await db.query(`
      CREATE TABLE dossier_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        position integer NOT NULL,
        from_unit text NOT NULL,
        from_officer text,
        to_unit text NOT NULL,
        to_officer text,
        to_user_id uuid REFERENCES users(id),
        handed_at timestamptz NOT NULL,
        starts_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        finished_at timestamptz,
        result text CHECK (result IN ('early', 'on_time', 'late')),
        handover_result text CHECK (handover_result IN ('early', 'on_time', 'late')),
        note text,
        created_by uuid REFERENCES users(id),
        UNIQUE (dossier_id, position)
      )`);
    await db.query(`CREATE INDEX dossier_steps_open_deadline ON dossier_steps (deadline_at) WHERE finished_at IS NULL`);
    await db.query(`
      CREATE TABLE supplement_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        number integer NOT NULL,
        items jsonb NOT NULL,
        reason text NOT NULL,
        requested_at timestamptz NOT NULL,
        requested_by uuid REFERENCES users(id),
        requested_by_name text NOT NULL,
        received_at timestamptz,
        UNIQUE (dossier_id, number)
      )`);
    await db.query(`
      CREATE TABLE apologies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL UNIQUE REFERENCES dossiers(id),
        reason text NOT NULL,
        previous_due_at timestamptz NOT NULL,
        new_due_at timestamptz NOT NULL,
        signer_name text NOT NULL,
        issued_at timestamptz NOT NULL,
        issued_by uuid REFERENCES users(id),
        late boolean NOT NULL,
        CHECK (new_due_at > previous_due_at)
      )`);
    await db.query(`
      CREATE TABLE intake_refusals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_code text NOT NULL REFERENCES agencies(code),
        procedure_id uuid NOT NULL REFERENCES procedures(id),
        applicant jsonb NOT NULL,
        reasons jsonb NOT NULL,
        refused_at timestamptz NOT NULL,
        refused_by uuid REFERENCES users(id),
        refused_by_name text NOT NULL,
        number integer NOT NULL,
        UNIQUE (agency_code, number)
      )`);
    await db.query(`
      CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'dossier_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER dossier_events_append_only BEFORE UPDATE OR DELETE ON dossier_events
      FOR EACH ROW EXECUTE FUNCTION refuse_event_change()`);
    await db.query(`
      CREATE TRIGGER dossier_events_no_truncate BEFORE TRUNCATE ON dossier_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['intake_refusals', 'apologies', 'supplement_requests', 'dossier_steps', 'dossier_events', 'dossiers', 'dossier_sequences', 'auth_tokens', 'users', 'procedures', 'fields', 'agencies']) {
      await db.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await db.query(`DROP FUNCTION IF EXISTS refuse_event_change()`);
    await db.query(`DROP FUNCTION IF EXISTS unaccent_vi(text)`);
  }
}
