/**
 * Bulk load of the report benchmark's dossiers with COPY, the way PostgreSQL's "Populating a
 * Database" advises: in one transaction, the secondary indexes and the unique and foreign-key
 * constraints of `dossiers` are dropped, the rows streamed in COPY statements of BATCH rows, then
 * the indexes and constraints built again (one sort each, the foreign keys validated by one join).
 * The roll-up triggers stay on: report_monthly_counts is kept by the COPY statements themselves.
 * Ids are increasing UUIDs so the primary key (kept: other tables reference it) grows at its right edge.
 */
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface CopyLoadOptions {
  url: string;
  count: number;
  /** The dossiers are received in the `months` months before `end`; those whose processing would end after it stay open. */
  months: number;
  end: Date;
  agencies: string[];
  procedures: Array<{ id: string; code: string; days: number }>;
  codePrefix: string;
  onProgress?: (done: number) => void;
}

export interface CopyLoadResult {
  copySeconds: number;
  rebuildSeconds: number;
  totalSeconds: number;
  open: number;
}

const BATCH = 500_000;
const DAY = 86_400_000;
const COLUMNS = `id, code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code,
  procedure_version, rule_version, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address, channel, status,
  received_at, due_at, original_due_at, resolved_at, ended_at, tracking_token_hash, register_year, register_book, register_entry`;

function prng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function copyLoad(options: CopyLoadOptions): Promise<CopyLoadResult> {
  const client = new Client({ connectionString: options.url });
  await client.connect();
  const started = performance.now();
  let open = 0;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    const { rows: constraints } = await client.query<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'dossiers'::regclass AND contype IN ('u', 'f') ORDER BY contype DESC, conname`,
    );
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        WHERE i.tablename = 'dossiers' AND i.schemaname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
    );
    for (const c of constraints) await client.query(`ALTER TABLE dossiers DROP CONSTRAINT ${c.name}`);
    for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);

    const random = prng(42);
    const endMs = options.end.getTime();
    const startMs = new Date(options.end).setUTCMonth(options.end.getUTCMonth() - options.months);
    for (let first = 1; first <= options.count; first += BATCH) {
      const last = Math.min(options.count, first + BATCH - 1);
      const lines = function* () {
        let chunk = '';
        for (let g = first; g <= last; g++) {
          const agency = options.agencies[Math.floor(random() * options.agencies.length)];
          const procedure = options.procedures[Math.floor(random() * options.procedures.length)];
          const rc = random();
          const channel = rc < 0.45 ? 'online' : rc < 0.95 ? 'direct' : 'postal';
          // Receipts spread evenly over the window, in order (as the service writes them).
          const received = startMs + Math.floor(((g - 1 + random()) / options.count) * (endMs - startMs));
          const due = received + procedure.days * DAY;
          const finished = received + Math.floor(random() * 1.4 * procedure.days * DAY);
          const rs = random();
          const isOpen = finished > endMs;
          if (isOpen) open++;
          const status = isOpen ? 4 : rs < 0.9 ? 10 : rs < 0.93 ? 3 : rs < 0.97 ? 7 : 8;
          const resolvedAt = !isOpen && rs < 0.93 ? iso(finished) : '\\N';
          const endedAt = !isOpen && rs >= 0.93 ? iso(finished) : '\\N';
          const id = `00000000-0000-4000-8000-${g.toString(16).padStart(12, '0')}`;
          const year = new Date(received + 7 * 3_600_000).getUTCFullYear();
          chunk += `${id}\t${options.codePrefix}${g}\t${agency}\t2000-01-01\t${g}\t${agency}\t${agency}\t${procedure.id}\t${procedure.code}\t1\tbench\tperson\tNguyễn Văn A\t038190012345\t0912345678\tThôn 1\t${channel}\t${status}\t${iso(received)}\t${iso(due)}\t${iso(due)}\t${resolvedAt}\t${endedAt}\t\\\\x${g.toString(16).padStart(64, '0')}\t${year}\t1\t${g}\n`;
          if (chunk.length > 1 << 16) {
            yield chunk;
            chunk = '';
          }
          if (g % 100_000 === 0) options.onProgress?.(g);
        }
        if (chunk) yield chunk;
      };
      await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY dossiers (${COLUMNS}) FROM STDIN`)));
    }
    const copied = performance.now();
    for (const i of indexes) await client.query(i.def);
    for (const c of [...constraints].reverse()) await client.query(`ALTER TABLE dossiers ADD CONSTRAINT ${c.name} ${c.def}`);
    await client.query('COMMIT');
    const done = performance.now();
    return { copySeconds: (copied - started) / 1000, rebuildSeconds: (done - copied) / 1000, totalSeconds: (done - started) / 1000, open };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
