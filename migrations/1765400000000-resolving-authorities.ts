import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resolving authorities beside the service centres (NĐ 118/2025: the receiving unit and the
 * resolving authority are separate). Agencies get a kind, the printed title of their head, and —
 * for a centre — the People's Committee it serves; procedures name their resolving authority (a
 * kind of body: the commune's own committee by default, or one named body such as a department).
 * Staff scope follows the commune: a centre and the committee it serves see each other's dossiers.
 * Existing centres keep deciding their dossiers until an authority is linked to them.
 */
export class ResolvingAuthorities1765400000000 implements MigrationInterface {
  name = 'ResolvingAuthorities1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE agencies
        ADD COLUMN kind text NOT NULL DEFAULT 'service_centre'
          CONSTRAINT agencies_kind_check CHECK (kind IN ('service_centre', 'people_committee', 'department', 'unit')),
        ADD COLUMN head_title text NOT NULL DEFAULT '',
        ADD COLUMN authority_code text NULL REFERENCES agencies(code)`);
    await db.query(`
      ALTER TABLE procedures
        ADD COLUMN resolver_kind text NOT NULL DEFAULT 'people_committee'
          CONSTRAINT procedures_resolver_kind_check CHECK (resolver_kind IN ('service_centre', 'people_committee', 'department', 'unit')),
        ADD COLUMN resolver_code text NULL REFERENCES agencies(code)`);
    await db.query(`
      CREATE FUNCTION visible_agencies(root text) RETURNS text[] LANGUAGE sql STABLE AS $$
        WITH RECURSIVE tree(code, authority_code) AS (
          SELECT code, authority_code FROM agencies WHERE code = root
          UNION
          SELECT a.code, a.authority_code FROM agencies a JOIN tree t
              ON a.parent_code = t.code OR a.code = t.authority_code OR a.authority_code = t.code
        )
        SELECT coalesce(array_agg(code ORDER BY code <> root, code), '{}') FROM tree
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION IF EXISTS visible_agencies(text)`);
    await db.query(`ALTER TABLE procedures DROP COLUMN IF EXISTS resolver_code, DROP COLUMN IF EXISTS resolver_kind`);
    await db.query(`ALTER TABLE agencies DROP COLUMN IF EXISTS authority_code, DROP COLUMN IF EXISTS head_title, DROP COLUMN IF EXISTS kind`);
  }
}
