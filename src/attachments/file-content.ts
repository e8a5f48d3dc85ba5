import { createHash } from 'node:crypto';

/**
 * A file's bytes as they came in: the upload's chunks, not joined on the way to storage. On these
 * machines a fresh 5 MB buffer costs more than the copy into it (its pages are faulted in one by
 * one), and node-pg would copy a joined buffer once more into its Bind message; the PostgreSQL
 * adapter streams the chunks instead. `toBuffer` joins them once for callers that need one buffer.
 */
export class FileContent {
  private joined?: Buffer;

  private constructor(
    readonly chunks: readonly Buffer[],
    readonly length: number,
  ) {}

  static of(bytes: Buffer): FileContent {
    return new FileContent([bytes], bytes.length);
  }

  static ofChunks(chunks: readonly Buffer[]): FileContent {
    return new FileContent(chunks, chunks.reduce((total, chunk) => total + chunk.length, 0));
  }

  /** The first `count` bytes (all of them when the file is shorter), without joining the rest. */
  head(count: number): Buffer {
    const first = this.chunks[0] ?? Buffer.alloc(0);
    if (first.length >= count || this.chunks.length === 1) return first.subarray(0, count);
    const parts: Buffer[] = [];
    let taken = 0;
    for (const chunk of this.chunks) {
      if (taken >= count) break;
      parts.push(chunk.subarray(0, count - taken));
      taken += parts[parts.length - 1].length;
    }
    return Buffer.concat(parts, taken);
  }

  toBuffer(): Buffer {
    this.joined ??= this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    return this.joined;
  }

  sha256(): string {
    const hash = createHash('sha256');
    for (const chunk of this.chunks) hash.update(chunk);
    return hash.digest('hex');
  }
}

/** Chunks at least this large are kept as they came; smaller ones are joined into blocks of BLOCK_BYTES. */
const KEPT_BYTES = 16 * 1024;
const BLOCK_BYTES = 64 * 1024;

/**
 * Collects an upload's chunks as they arrive. A fast client's file comes in reads of up to 64 KB,
 * kept as they are; a slow one's comes in packets of a few KB, which are joined into blocks of 64 KB
 * so the file never reaches PostgreSQL as thousands of pieces (each one a message and a write).
 */
export class FileContentCollector {
  private readonly chunks: Buffer[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  add(chunk: Buffer): void {
    if (chunk.length >= KEPT_BYTES) {
      this.flush();
      this.chunks.push(chunk);
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= BLOCK_BYTES) this.flush();
  }

  finish(): FileContent {
    this.flush();
    return FileContent.ofChunks(this.chunks);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
