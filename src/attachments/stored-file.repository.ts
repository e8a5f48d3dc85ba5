import { TransactionContext } from '../database/transaction-context';
import { FileStorage } from './file-storage';

/** Default adapter: the bytes in PostgreSQL (every instance sees them; the backup carries them). */
export class PostgresFileStorage extends FileStorage {
  readonly kind = 'postgres' as const;

  /** Writes join the caller's transaction when there is one (TransactionContext). */
  constructor(private readonly tx: TransactionContext) {
    super();
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.tx.manager.query('INSERT INTO stored_files (key, content) VALUES ($1, $2)', [key, bytes]);
  }

  async get(key: string): Promise<Buffer | null> {
    // base64 made by the server and decoded by Buffer is several times faster than node-pg's bytea (hex) parsing.
    const rows: { content: string }[] = await this.tx.manager.query(`SELECT encode(content, 'base64') AS content FROM stored_files WHERE key = $1`, [key]);
    return rows[0] ? Buffer.from(rows[0].content, 'base64') : null;
  }

  async discard(): Promise<void> {
    // Nothing to do: the bytes were in the rolled-back transaction.
  }
}
