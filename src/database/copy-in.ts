import type { Connection, PoolClient, Submittable } from 'pg';

/**
 * `COPY … FROM STDIN` of data already in memory, as a node-pg query on `client` (a transaction's
 * connection joins its transaction). When PostgreSQL answers CopyInResponse, the pieces go out in
 * CopyData messages of about 64 KB (several pieces each, never copied) in one corked burst (one
 * writev), then CopyDone. pg-copy-streams does the same through a Writable, one socket write per
 * piece and per header: for a 5 MB file in 80 pieces, measured 3 ms of Node CPU this way, 9 ms
 * through pg-copy-streams, 22 ms for an INSERT of the joined bytes. Resolves once PostgreSQL is
 * ready for the next statement; rejects with its error.
 */
export function copyIn(client: PoolClient, sql: string, pieces: readonly Buffer[]): Promise<void> {
  const query = new CopyInQuery(sql, pieces);
  client.query(query);
  return query.done;
}

const COPY_DATA = 0x64; // 'd'
const MESSAGE_BYTES = 64 * 1024;
const COPY_DONE = Buffer.from([0x63, 0, 0, 0, 4]); // 'c', length 4

class CopyInQuery implements Submittable {
  readonly done: Promise<void>;
  private settle!: (error?: Error) => void;

  constructor(
    private readonly sql: string,
    private readonly pieces: readonly Buffer[],
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = (error) => (error ? reject(error) : resolve())));
  }

  submit(connection: Connection): void {
    connection.query(this.sql);
  }

  handleCopyInResponse(connection: Connection): void {
    const socket = connection.stream;
    let message: Buffer[] = [];
    let bytes = 0;
    const send = () => {
      const header = Buffer.allocUnsafe(5);
      header[0] = COPY_DATA;
      header.writeUInt32BE(bytes + 4, 1);
      socket.write(header);
      for (const piece of message) socket.write(piece);
      message = [];
      bytes = 0;
    };
    socket.cork();
    for (const piece of this.pieces) {
      message.push(piece);
      bytes += piece.length;
      if (bytes >= MESSAGE_BYTES) send();
    }
    if (message.length > 0) send();
    socket.write(COPY_DONE);
    socket.uncork();
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    this.callback();
    this.settle();
  }

  /** PostgreSQL's error (then node-pg no longer calls handleReadyForQuery), or the socket's. */
  handleError(error: Error): void {
    this.callback();
    this.settle(error);
  }

  /** node-pg replaces it with its query_timeout handler when one is configured. */
  callback(): void {}
}
