/**
 * Generates N dossiers over the M months before a given instant (default now), across the
 * procedures and agencies of a migrated database and across outcomes: returned on time, early or
 * late (some with an apology), resolved awaiting return, supplements, refusals, stops, withdrawals,
 * and the still open ones at the end. Each dossier gets its audit events and control-slip rows, and
 * the day sequences are advanced so live intakes continue the codes. Written with bulk SQL (one
 * INSERT … SELECT FROM unnest(…) per table and batch), deterministic for a seed.
 *
 *   node dist/bench/data-generator.js --dossiers 100000 --months 12 --url postgres://…/motcua [--seed 1] [--end ISO]
 *
 * Without --url, DATABASE_URL is used; the embedded database of a running `npm start` is
 * postgres://postgres:motcua-embedded@127.0.0.1:54329/motcua. The database is created and migrated when needed, and the
 * demo catalogue (agencies, procedures) is inserted when it has no procedure at all. A progress bar
 * goes to stderr.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { type Duration, type DurationUnit, type DueDateMode, WorkingCalendar, computeDueDate, defaultCalendarDefinition } from '../src/domain/calendar';
import { formatDossierCode } from '../src/domain/dossier/dossier-code';
import { ruleSetOn } from '../src/domain/rules/rule-set';
import { toLocalDate } from '../src/common/local-time';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import { DEMO_AGENCIES } from '../src/demo/demo-agencies';
import { DEMO_FIELDS, DEMO_PROCEDURES } from '../src/demo/demo-procedures';

export interface GenerateOptions {
  url: string;
  dossiers: number;
  months: number;
  seed?: number;
  /** The generated period ends here (default: now); dossiers still open at this instant stay open. */
  end?: Date;
  batchSize?: number;
  /** Called after each batch with the dossiers written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  dossiers: number;
  events: number;
  steps: number;
  supplementRequests: number;
  apologies: number;
  seconds: number;
  byStatus: Record<number, number>;
}

interface Agency {
  code: string;
  level: 'province' | 'commune';
  codeFormat: 'standard' | 'centralised';
  systemOwnerDigits: string | null;
}

interface Procedure {
  id: string;
  code: string;
  version: number;
  agencyLevel: 'province' | 'commune';
  duration: Duration;
  effectiveFrom: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ACTOR = 'Dữ liệu sinh tự động';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quốc', 'Thanh', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
const STREETS = ['Lê Lai', 'Phan Chu Trinh', 'Trần Phú', 'Lê Lợi', 'Nguyễn Trãi', 'Quang Trung', 'Bà Triệu', 'Hàm Nghi'];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Batch {
  dossiers: Record<string, unknown[]> = {};
  events: Record<string, unknown[]> = {};
  steps: Record<string, unknown[]> = {};
  supplements: Record<string, unknown[]> = {};
  apologies: Record<string, unknown[]> = {};
  size = 0;

  static push(table: Record<string, unknown[]>, row: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(row)) (table[key] ??= []).push(value);
  }
}

/** Columns and their SQL types, in insert order; jsonb travels as text and is cast. */
const DOSSIER_COLUMNS: [string, string][] = [
  ['id', 'uuid'], ['code', 'text'], ['code_agency', 'text'], ['code_date', 'date'], ['code_sequence', 'int'],
  ['receiving_agency_code', 'text'], ['resolving_agency_code', 'text'], ['procedure_id', 'uuid'], ['procedure_code', 'text'],
  ['procedure_version', 'int'], ['rule_version', 'text'], ['applicant_kind', 'text'], ['applicant_name', 'text'],
  ['applicant_id_number', 'text'], ['applicant_phone', 'text'], ['applicant_email', 'text'], ['applicant_address', 'text'],
  ['channel', 'text'], ['documents', 'jsonb'], ['end_reason', 'text'], ['status', 'smallint'], ['received_at', 'timestamptz'],
  ['due_at', 'timestamptz'], ['original_due_at', 'timestamptz'], ['provisional', 'boolean'], ['resolved_at', 'timestamptz'],
  ['returned_at', 'timestamptz'], ['ended_at', 'timestamptz'], ['outcome', 'text'], ['return_method', 'text'],
  ['tracking_token_hash', 'bytea'], ['version', 'int'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
];
const EVENT_COLUMNS: [string, string][] = [
  ['dossier_id', 'uuid'], ['type', 'text'], ['occurred_at', 'timestamptz'], ['recorded_at', 'timestamptz'], ['actor_name', 'text'],
  ['from_status', 'smallint'], ['to_status', 'smallint'], ['data', 'jsonb'],
];
const STEP_COLUMNS: [string, string][] = [
  ['dossier_id', 'uuid'], ['position', 'int'], ['from_unit', 'text'], ['from_officer', 'text'], ['to_unit', 'text'], ['to_officer', 'text'],
  ['handed_at', 'timestamptz'], ['starts_at', 'timestamptz'], ['deadline_at', 'timestamptz'], ['finished_at', 'timestamptz'],
  ['result', 'text'], ['handover_result', 'text'],
];
const SUPPLEMENT_COLUMNS: [string, string][] = [
  ['dossier_id', 'uuid'], ['number', 'int'], ['items', 'jsonb'], ['reason', 'text'], ['requested_at', 'timestamptz'],
  ['requested_by_name', 'text'], ['received_at', 'timestamptz'],
];
const APOLOGY_COLUMNS: [string, string][] = [
  ['dossier_id', 'uuid'], ['reason', 'text'], ['previous_due_at', 'timestamptz'], ['new_due_at', 'timestamptz'], ['signer_name', 'text'],
  ['issued_at', 'timestamptz'], ['late', 'boolean'],
];

function insertSql(table: string, columns: [string, string][]): string {
  const names = columns.map(([name]) => name);
  const params = columns.map(([, type], i) => `$${i + 1}::${type === 'jsonb' ? 'text' : type}[]`);
  const select = columns.map(([name, type]) => (type === 'jsonb' ? `u.${name}::jsonb` : `u.${name}`));
  return `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select.join(', ')} FROM unnest(${params.join(', ')}) AS u(${names.join(', ')})`;
}

async function flush(client: Client, batch: Batch): Promise<void> {
  const tables: [string, [string, string][], Record<string, unknown[]>][] = [
    ['dossiers', DOSSIER_COLUMNS, batch.dossiers],
    ['dossier_events', EVENT_COLUMNS, batch.events],
    ['dossier_steps', STEP_COLUMNS, batch.steps],
    ['supplement_requests', SUPPLEMENT_COLUMNS, batch.supplements],
    ['apologies', APOLOGY_COLUMNS, batch.apologies],
  ];
  for (const [table, columns, values] of tables) {
    if (!values[columns[0][0]]?.length) continue;
    await client.query(insertSql(table, columns), columns.map(([name]) => values[name]));
  }
}

/** The demo agencies, fields and procedures, for a migrated database that has no catalogue yet. */
async function seedCatalogue(client: Client): Promise<void> {
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM procedures`)).rows;
  if (n > 0) return;
  for (const a of DEMO_AGENCIES) {
    await client.query(
      `INSERT INTO agencies (code, name, level, parent_code, governing_body, place_name, address, phone) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (code) DO NOTHING`,
      [a.code, a.name, a.level, a.parentCode, a.governingBody, a.placeName, a.address, a.phone],
    );
  }
  for (const f of DEMO_FIELDS) await client.query(`INSERT INTO fields (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [f.code, f.name]);
  for (const p of DEMO_PROCEDURES) {
    await client.query(
      `INSERT INTO procedures (code, version, effective_from, name, field_code, agency_level, duration_value, duration_unit, duration_mode,
                               supplement_policy, documents, fee_amount, fee_text, process_steps, result_delivery)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) ON CONFLICT (code, version) DO NOTHING`,
      [p.code, p.version, p.effectiveFrom, p.name, p.fieldCode, p.agencyLevel, p.durationValue, p.durationUnit, p.durationMode,
        p.supplementPolicy, JSON.stringify(p.documents), p.feeAmount, p.feeText, JSON.stringify(p.processSteps), p.resultDelivery],
    );
  }
}

export async function generateData(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const total = Math.max(0, Math.floor(options.dossiers));
  const random = prng(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const end = options.end ?? new Date();
  const start = new Date(end.getTime() - Math.round(options.months * 30.44 * DAY));
  const batchSize = options.batchSize ?? 2_000;
  const calendar = WorkingCalendar.create(defaultCalendarDefinition());

  const client = new Client({ connectionString: options.url });
  await client.connect();
  const result: GenerateResult = { dossiers: 0, events: 0, steps: 0, supplementRequests: 0, apologies: 0, seconds: 0, byStatus: {} };
  try {
    await client.query(`SET synchronous_commit = off`);
    await seedCatalogue(client);
    const agencies: Agency[] = (
      await client.query(`SELECT code, level, code_format AS "codeFormat", system_owner_digits AS "systemOwnerDigits" FROM agencies ORDER BY code`)
    ).rows.filter((a: Agency) => /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/.test(a.code));
    const procedures: Procedure[] = (
      await client.query(
        `SELECT id, code, version, agency_level AS "agencyLevel", duration_value::float8 AS value, duration_unit AS unit, duration_mode AS mode,
                to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
           FROM procedures ORDER BY code, version`,
      )
    ).rows.map((r: { id: string; code: string; version: number; agencyLevel: 'province' | 'commune'; value: number; unit: DurationUnit; mode: DueDateMode; effectiveFrom: string }) => ({
      ...r,
      duration: { value: r.value, unit: r.unit, mode: r.mode },
    }));
    const usable = procedures.filter((p) => agencies.some((a) => a.level === p.agencyLevel));
    if (total > 0 && usable.length === 0) throw new Error('No procedure has an agency of its level: nothing to generate');
    const sequences = new Map<string, number>();
    for (const row of (await client.query(`SELECT agency_code, to_char(receipt_date, 'YYYY-MM-DD') AS d, last_value FROM dossier_sequences`)).rows) {
      sequences.set(`${row.agency_code}|${row.d}`, row.last_value);
    }

    const span = calendar.workingMinutesBetween(start, end);
    let batch = new Batch();
    const touched = new Set<string>();

    const writeBatch = async () => {
      if (batch.size === 0) return;
      await client.query('BEGIN');
      await flush(client, batch);
      const keys = [...touched];
      await client.query(
        `INSERT INTO dossier_sequences (agency_code, receipt_date, last_value)
         SELECT a, d, v FROM unnest($1::text[], $2::date[], $3::int[]) AS u(a, d, v)
         ON CONFLICT (agency_code, receipt_date) DO UPDATE SET last_value = GREATEST(dossier_sequences.last_value, EXCLUDED.last_value)`,
        [keys.map((k) => k.split('|')[0]), keys.map((k) => k.split('|')[1]), keys.map((k) => sequences.get(k))],
      );
      await client.query('COMMIT');
      result.dossiers += batch.size;
      options.onProgress?.(result.dossiers, total);
      batch = new Batch();
      touched.clear();
    };

    for (let i = 0; i < total; i++) {
      const receivedAt = calendar.addWorkingMinutes(start, Math.floor(((i + random()) / total) * span));
      const localDate = toLocalDate(receivedAt);
      const inForce = usable.filter((p) => p.effectiveFrom <= localDate);
      const procedure = pick(inForce.length > 0 ? inForce : usable);
      const agency = pick(agencies.filter((a) => a.level === procedure.agencyLevel));
      const key = `${agency.code}|${localDate}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      touched.add(key);
      addDossier(batch, result, random, pick, calendar, { agency, procedure, receivedAt, localDate, sequence, end });
      batch.size++;
      if (batch.size >= batchSize) await writeBatch();
    }
    await writeBatch();
    await client.query(`ANALYZE dossiers`);
    await client.query(`ANALYZE dossier_events`);
    await client.query(`ANALYZE dossier_steps`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

interface DossierSeed {
  agency: Agency;
  procedure: Procedure;
  receivedAt: Date;
  localDate: string;
  sequence: number;
  end: Date;
}

/** One dossier's life, decided by dice and cut at `end`: its row, events, slip rows, supplement and apology. */
function addDossier(
  batch: Batch,
  result: GenerateResult,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  calendar: WorkingCalendar,
  seed: DossierSeed,
): void {
  const { agency, procedure, receivedAt, localDate, sequence, end } = seed;
  const id = uuid(random);
  const code = formatDossierCode({
    agencyId: agency.code,
    date: localDate,
    sequence,
    format: agency.codeFormat,
    systemOwnerDigits: agency.systemOwnerDigits ?? undefined,
  });
  const due = computeDueDate(calendar, receivedAt, procedure.duration);
  const channel = random() < 0.35 ? 'online' : random() < 0.92 ? 'direct' : 'postal';
  const events: { type: string; at: Date; from: number | null; to: number; data: Record<string, unknown> }[] = [];
  const event = (type: string, at: Date, from: number | null, to: number, data: Record<string, unknown> = {}) => {
    if (at.getTime() <= end.getTime()) events.push({ type, at, from, to, data: { ...data, generated: true } });
  };
  event('received', receivedAt, null, 2, { code, procedureCode: procedure.code, procedureVersion: procedure.version, channel, dueAt: due.dueAt.toISOString(), provisional: due.provisional });

  const allowed = Math.max(due.dueAt.getTime() - receivedAt.getTime(), HOUR);
  let status = 2;
  let dueAt = due.dueAt;
  let resolvedAt: Date | null = null;
  let returnedAt: Date | null = null;
  let endedAt: Date | null = null;
  let endReason: string | null = null;
  let outcome: string | null = null;
  let returnMethod: string | null = null;
  const handedAt = new Date(receivedAt.getTime() + Math.floor(random() * 2 * HOUR));
  const late = random() < 0.12;
  const finishAt = late ? new Date(dueAt.getTime() + HOUR + Math.floor(random() * 5 * DAY)) : new Date(receivedAt.getTime() + Math.floor(allowed * (0.3 + random() * 0.7)));
  const dice = random();

  const steps: { position: number; from: string; to: string; handedAt: Date; deadline: Date; finishedAt: Date | null }[] = [];
  if (handedAt <= end) {
    status = 4;
    event('handoff', handedAt, 2, 4, { toUnit: 'Công chức chuyên môn', toOfficer: null, note: null });
    steps.push({ position: 1, from: 'Bộ phận Một cửa', to: 'Công chức chuyên môn', handedAt, deadline: new Date(handedAt.getTime() + allowed * 0.7), finishedAt: null });
  }
  let supplement: { requestedAt: Date; receivedAt: Date | null } | null = null;
  if (status === 4 && dice < 0.08) {
    const requestedAt = new Date(handedAt.getTime() + Math.floor(random() * allowed * 0.5) + 60_000);
    if (requestedAt <= end) {
      status = 5;
      event('supplement_requested', requestedAt, 4, 5, { number: 1 });
      const back = new Date(requestedAt.getTime() + Math.floor((1 + random() * 6) * DAY));
      supplement = { requestedAt, receivedAt: back <= end ? back : null };
      if (back <= end) {
        status = 4;
        event('supplement_received', back, 5, 4, { number: 1 });
      }
    }
  }
  if (status === 4 && late && random() < 0.4) {
    const issuedAt = new Date(dueAt.getTime() - Math.floor(random() * 2 * DAY));
    if (issuedAt <= end && issuedAt > handedAt) {
      const newDueAt = new Date(finishAt.getTime() + DAY);
      Batch.push(batch.apologies, {
        dossier_id: id, reason: 'Hồ sơ cần xác minh thêm', previous_due_at: dueAt, new_due_at: newDueAt, signer_name: 'Lãnh đạo UBND',
        issued_at: issuedAt, late: dueAt.getTime() - issuedAt.getTime() < DAY,
      });
      result.apologies++;
      event('apology', issuedAt, 4, 4, { newDueAt: newDueAt.toISOString(), previousDueAt: dueAt.toISOString() });
      dueAt = newDueAt;
    }
  }
  const resolveAt = supplement?.receivedAt && supplement.receivedAt > finishAt ? new Date(supplement.receivedAt.getTime() + HOUR) : finishAt;
  if (status === 4 && resolveAt <= end) {
    if (dice > 0.97) {
      status = 3;
      endedAt = resolveAt;
      endReason = 'Hồ sơ không đủ điều kiện giải quyết';
      event('refused', resolveAt, 4, 3, { reasons: [endReason] });
    } else if (dice > 0.95) {
      status = 8;
      endedAt = resolveAt;
      endReason = 'Công dân đề nghị dừng giải quyết';
      event('stopped', resolveAt, 4, 8, { reason: endReason });
    } else if (dice > 0.93) {
      status = 7;
      endedAt = resolveAt;
      endReason = 'Công dân rút hồ sơ';
      event('withdrawn', resolveAt, 4, 7, { reason: endReason });
    } else {
      status = 9;
      resolvedAt = resolveAt;
      outcome = random() < 0.95 ? 'approved' : 'rejected';
      event('resolved', resolveAt, 4, 9, { outcome, note: null });
      const back = new Date(resolveAt.getTime() + Math.floor(random() * 3 * DAY));
      if (back <= end) {
        status = 10;
        returnedAt = back;
        returnMethod = random() < 0.8 ? 'counter' : random() < 0.5 ? 'postal' : 'online';
        event('returned', back, 9, 10, { method: returnMethod });
      }
    }
    if (steps.length > 0) steps[steps.length - 1].finishedAt = resolveAt;
  }

  const updatedAt = events[events.length - 1].at;
  const family = pick(FAMILY);
  Batch.push(batch.dossiers, {
    id, code, code_agency: agency.code, code_date: localDate, code_sequence: sequence,
    receiving_agency_code: agency.code, resolving_agency_code: agency.code, procedure_id: procedure.id, procedure_code: procedure.code,
    procedure_version: procedure.version, rule_version: ruleSetOn(localDate).id, applicant_kind: 'person',
    applicant_name: `${family} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    applicant_id_number: `0${String(Math.floor(random() * 1e11)).padStart(11, '0')}`,
    applicant_phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    applicant_email: random() < 0.3 ? `nguoidan${sequence}@example.vn` : null,
    applicant_address: `Số ${1 + Math.floor(random() * 200)} ${pick(STREETS)}`,
    channel, documents: '[]', end_reason: endReason, status, received_at: receivedAt, due_at: dueAt, original_due_at: due.dueAt,
    provisional: due.provisional, resolved_at: resolvedAt, returned_at: returnedAt, ended_at: endedAt, outcome, return_method: returnMethod,
    tracking_token_hash: createHash('sha256').update(token(random)).digest(), version: events.length, created_at: receivedAt, updated_at: updatedAt,
  });
  for (const e of events) {
    Batch.push(batch.events, {
      dossier_id: id, type: e.type, occurred_at: e.at, recorded_at: e.at, actor_name: ACTOR, from_status: e.from, to_status: e.to, data: JSON.stringify(e.data),
    });
  }
  for (const s of steps) {
    const result = s.finishedAt ? (s.finishedAt < s.deadline ? (s.deadline.getTime() - s.finishedAt.getTime() > DAY ? 'early' : 'on_time') : 'late') : null;
    Batch.push(batch.steps, {
      dossier_id: id, position: s.position, from_unit: s.from, from_officer: ACTOR, to_unit: s.to, to_officer: null, handed_at: s.handedAt,
      starts_at: s.handedAt, deadline_at: s.deadline, finished_at: s.finishedAt, result, handover_result: 'on_time',
    });
  }
  if (supplement) {
    Batch.push(batch.supplements, {
      dossier_id: id, number: 1, items: JSON.stringify([{ name: 'Bản sao giấy tờ tùy thân', kind: 'copy' }]), reason: 'Thiếu giấy tờ',
      requested_at: supplement.requestedAt, requested_by_name: ACTOR, received_at: supplement.receivedAt,
    });
    result.supplementRequests++;
  }
  result.events += events.length;
  result.steps += steps.length;
  result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
}

function bytes(random: () => number, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

function uuid(random: () => number): string {
  const b = bytes(random, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function token(random: () => number): string {
  return bytes(random, 16).toString('base64url');
}

/** `[#####-----] 45% 9,000/20,000 dossiers, 12,345/s` on one line of stderr (a line per 10% when not a terminal). */
export function progressBar(label: string): (done: number, total: number) => void {
  const started = performance.now();
  let lastDecile = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(fraction * width);
    const rate = done / Math.max((performance.now() - started) / 1000, 1e-3);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${label}, ${Math.round(rate).toLocaleString('en')}/s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
    } else if (Math.floor(fraction * 10) > lastDecile || done >= total) {
      lastDecile = Math.floor(fraction * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unexpected argument: ${argv[i]}`);
    args[match[1]] = match[2] ?? argv[++i];
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const url = args.url ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Usage: data-generator --dossiers N --months M --url postgres://user:pass@host:5432/db [--seed S] [--end ISO]\n' +
        '(the database of a running `npm start` is postgres://postgres:motcua-embedded@127.0.0.1:54329/motcua)',
    );
  }
  const dossiers = Number(args.dossiers ?? 10_000);
  const months = Number(args.months ?? 12);
  if (!Number.isInteger(dossiers) || dossiers < 0 || !(months > 0)) throw new Error('--dossiers must be a whole number ≥ 0 and --months > 0');
  await ensureDatabase(url);
  await runMigrations(url);
  const result = await generateData({
    url,
    dossiers,
    months,
    seed: args.seed ? Number(args.seed) : 1,
    end: args.end ? new Date(args.end) : undefined,
    onProgress: progressBar('dossiers'),
  });
  process.stderr.write(
    `${result.dossiers.toLocaleString('en')} dossiers, ${result.events.toLocaleString('en')} events, ${result.steps.toLocaleString('en')} slip rows, ` +
      `${result.supplementRequests.toLocaleString('en')} supplement requests, ${result.apologies.toLocaleString('en')} apologies in ${result.seconds.toFixed(1)} s; ` +
      `by status ${JSON.stringify(result.byStatus)}\n`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
