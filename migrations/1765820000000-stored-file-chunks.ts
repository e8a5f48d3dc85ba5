import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A file stored in PostgreSQL is written as rows of at most 8,000 bytes (stored_file_chunks), one
 * heap page each, instead of one bytea of several MB: the backend then never assembles, copies and
 * TOASTs the whole file in its own memory (5 MB written and committed by COPY, measured alternately:
 * 35-62 ms as rows of 8,000 bytes, 79-101 ms as one value; backend CPU halved). Files written
 * before keep their bytes in stored_files.content; a chunked file's row there has none. Chunks are
 * read-only like the files (the same trigger).
 */
export class StoredFileChunks1765820000000 implements MigrationInterface {
  name = 'StoredFileChunks1765820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stored_files ALTER COLUMN content DROP NOT NULL`);
    await db.query(`
      CREATE TABLE stored_file_chunks (
        key text NOT NULL REFERENCES stored_files (key),
        n integer NOT NULL CHECK (n >= 0),
        content bytea NOT NULL,
        PRIMARY KEY (key, n)
      )`);
    // A chunk fits in a page as it is: no compression attempt, no TOAST.
    await db.query(`ALTER TABLE stored_file_chunks ALTER COLUMN content SET STORAGE PLAIN`);
    await db.query(`CREATE TRIGGER stored_file_chunks_read_only BEFORE UPDATE ON stored_file_chunks FOR EACH ROW EXECUTE FUNCTION refuse_stored_file_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stored_files DISABLE TRIGGER stored_files_read_only`);
    await db.query(`
      UPDATE stored_files f
         SET content = coalesce((SELECT string_agg(c.content, ''::bytea ORDER BY c.n) FROM stored_file_chunks c WHERE c.key = f.key), ''::bytea)
       WHERE f.content IS NULL`);
    await db.query(`ALTER TABLE stored_files ENABLE TRIGGER stored_files_read_only`);
    await db.query(`DROP TABLE stored_file_chunks`);
    await db.query(`ALTER TABLE stored_files ALTER COLUMN content SET NOT NULL`);
  }
}
