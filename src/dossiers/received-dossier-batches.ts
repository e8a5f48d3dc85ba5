import { batchKeyOf, type ReceivedDossier, type ReceivedDossierAllocated } from './received-dossier-statement';

const MAX_BATCH = 64;

interface Waiting {
  row: ReceivedDossier;
  resolve: (allocated: ReceivedDossierAllocated) => void;
  reject: (error: unknown) => void;
}

/**
 * Intakes of one code series (a commune's counter on one day) are serialised by the sequence row's
 * lock until their commit: with one statement in flight per series from this instance, the intakes
 * that arrive meanwhile wait here and go together in the next statement (one commit, one WAL flush
 * for all of them). A lone intake goes at once, never held back for company. A statement that
 * fails is retried one dossier at a time, so each intake gets its own answer (a raced
 * Idempotency-Key, a bad row) and the others are received.
 */
export class ReceivedDossierBatches {
  private readonly series = new Map<string, Waiting[]>();

  /** `statement` runs the batch statement (the repository's); inside a transaction nothing waits for company. */
  constructor(
    private readonly statement: (rows: ReceivedDossier[]) => Promise<ReceivedDossierAllocated[]>,
    private readonly inTransaction: () => boolean,
  ) {}

  insert(row: ReceivedDossier): Promise<ReceivedDossierAllocated> {
    if (this.inTransaction()) return this.send([row]).then((allocated) => allocated[0]);
    return new Promise((resolve, reject) => {
      const key = batchKeyOf(row);
      const waiting = this.series.get(key);
      if (waiting) return void waiting.push({ row, resolve, reject });
      this.series.set(key, []);
      void this.drain(key, [{ row, resolve, reject }]);
    });
  }

  private async drain(key: string, first: Waiting[]): Promise<void> {
    let batch = first;
    while (batch.length > 0) {
      await this.run(batch); // never rejects: every waiting intake gets its answer
      batch = this.series.get(key)!.splice(0, MAX_BATCH);
    }
    this.series.delete(key);
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const allocated = await this.send(batch.map((w) => w.row));
      if (allocated.length !== batch.length) throw new Error(`intake batch: ${allocated.length} rows for ${batch.length} dossiers`);
      batch.forEach((w, i) => w.resolve(allocated[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const w of batch) {
        await this.send([w.row]).then(
          (allocated) => w.resolve(allocated[0]),
          (alone) => w.reject(alone),
        );
      }
    }
  }

  /** Async: a throw while building the parameters is a rejection like any other. */
  private async send(rows: ReceivedDossier[]): Promise<ReceivedDossierAllocated[]> {
    return this.statement(rows);
  }
}
