import type { EntityManager } from 'typeorm';

/**
 * Where stored files live (the storage port). Files are written once and never changed; the key is
 * chosen by the caller. `put` takes the caller's transaction: the PostgreSQL adapter writes in it
 * (row and bytes commit together); an object store writes at once and `discard` removes the object
 * when the transaction fails, so a failed request leaves neither a row without its file nor an
 * orphan file.
 */
export abstract class FileStorage {
  abstract readonly kind: 'postgres' | 's3';
  abstract put(manager: EntityManager, key: string, bytes: Buffer): Promise<void>;
  /** `kind`: where the row says the file is (a province may move from one store to another). */
  abstract get(key: string, kind?: 'postgres' | 's3'): Promise<Buffer | null>;
  /** Removes a file whose row was never committed (object stores only). */
  abstract discard(key: string): Promise<void>;
}

/** Default adapter: the bytes in PostgreSQL (every instance sees them; the backup carries them). */
export class PostgresFileStorage extends FileStorage {
  readonly kind = 'postgres' as const;

  constructor(private readonly read: (sql: string, params: unknown[]) => Promise<Array<{ content: string }>>) {
    super();
  }

  async put(manager: EntityManager, key: string, bytes: Buffer): Promise<void> {
    await manager.query('INSERT INTO stored_files (key, content) VALUES ($1, $2)', [key, bytes]);
  }

  async get(key: string): Promise<Buffer | null> {
    // base64 made by the server and decoded by Buffer is several times faster than node-pg's bytea (hex) parsing.
    const rows = await this.read(`SELECT encode(content, 'base64') AS content FROM stored_files WHERE key = $1`, [key]);
    return rows[0] ? Buffer.from(rows[0].content, 'base64') : null;
  }

  async discard(): Promise<void> {
    // Nothing to do: the bytes were in the rolled-back transaction.
  }
}

/** New files go to the object store; older rows keep reading from where they were written. */
export class RoutedFileStorage extends FileStorage {
  readonly kind: 'postgres' | 's3';

  constructor(
    private readonly primary: FileStorage,
    private readonly postgres: PostgresFileStorage,
  ) {
    super();
    this.kind = primary.kind;
  }

  put(manager: EntityManager, key: string, bytes: Buffer): Promise<void> {
    return this.primary.put(manager, key, bytes);
  }

  get(key: string, kind: 'postgres' | 's3' = this.kind): Promise<Buffer | null> {
    return kind === 'postgres' ? this.postgres.get(key) : this.primary.get(key);
  }

  discard(key: string): Promise<void> {
    return this.primary.discard(key);
  }
}
