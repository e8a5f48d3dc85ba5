import type { FileContent } from './file-content';
import type { PostgresFileStorage } from './stored-file.repository';

/**
 * Where stored files live (the storage port). Files are written once and never changed; the key is
 * chosen by the caller. `put` joins the caller's transaction: the PostgreSQL adapter writes in it
 * (row and bytes commit together); an object store writes at once and `discard` removes the object
 * when the transaction fails, so a failed request leaves neither a row without its file nor an
 * orphan file.
 */
export abstract class FileStorage {
  abstract readonly kind: 'postgres' | 's3';
  abstract put(key: string, content: FileContent): Promise<void>;
  /** `kind`: where the row says the file is (a province may move from one store to another). */
  abstract get(key: string, kind?: 'postgres' | 's3'): Promise<Buffer | null>;
  /** Removes a file whose row was never committed (object stores only). */
  abstract discard(key: string): Promise<void>;
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

  put(key: string, content: FileContent): Promise<void> {
    return this.primary.put(key, content);
  }

  get(key: string, kind: 'postgres' | 's3' = this.kind): Promise<Buffer | null> {
    return kind === 'postgres' ? this.postgres.get(key) : this.primary.get(key);
  }

  discard(key: string): Promise<void> {
    return this.primary.discard(key);
  }
}
