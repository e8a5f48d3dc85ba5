import fc from 'fast-check';
import { Client } from 'pg';
import type { DossierStatus } from '../../src/domain/dossier/status';
import { ON_TIME_DEFINITIONS, onTimeRate, processingReport, type DossierFacts, type ReportPeriod } from '../../src/domain/reports';
import { ReportQueries } from '../../src/reports/report.queries';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The SQL aggregates of ReportQueries against the pure reference implementations of
 * src/domain/reports (processingReport, onTimeRate) on the same generated dossiers: every count of
 * Biểu 06 per field and per procedure, and every definition's numerator and denominator.
 * Instants are drawn around the period edges, due instants and local midnights, where the classes change.
 */
const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
const BASE = Date.parse('2026-03-01T00:00:00+07:00');

type End = 'open' | 'resolved' | 'returned' | 'refused' | 'withdrawn' | 'stopped';

interface GenDossier {
  received: number;
  channel: 'direct' | 'online' | 'postal';
  procedure: number;
  dueAfter: number;
  apologyShift: number;
  end: End;
  finish: { kind: 'after'; minutes: number } | { kind: 'atDue' } | { kind: 'dueDay'; minutes: number } | { kind: 'edge'; edge: number };
  /** Minutes after receipt, or (negative) one of the run's edges. */
  supplements: number[];
}

interface GenPeriod {
  fromDay: number;
  days: number;
  /** Extra minutes on both ends: periods that do not start at midnight stress the SQL too. */
  shiftMinutes: number;
  /** The present as a share of the period (over 1: the period is over); open dossiers are judged at it. */
  nowShare: number | null;
}

/** Edges are drawn by index, modulo the run's number of edges. */
const EDGE_COUNT = 40;

const dossierArb: fc.Arbitrary<GenDossier> = fc.record({
  received: fc.oneof(
    fc.integer({ min: -40 * 1_440, max: 70 * 1_440 }).map((m) => BASE + m * MINUTE),
    fc.integer({ min: 0, max: EDGE_COUNT - 1 }).map((e) => -1 - e), // resolved against the run's period edges
  ),
  channel: fc.constantFrom('direct', 'online', 'postal'),
  procedure: fc.nat(20),
  /** Minutes after receipt, or (negative) one of the run's edges. */
  dueAfter: fc.oneof(fc.integer({ min: 0, max: 20 * 1_440 }), fc.constant(0), fc.integer({ min: 0, max: EDGE_COUNT - 1 }).map((e) => -1 - e)),
  apologyShift: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * 1_440 })),
  end: fc.constantFrom<End>('open', 'resolved', 'resolved', 'returned', 'refused', 'withdrawn', 'stopped'),
  finish: fc.oneof(
    fc.integer({ min: 0, max: 40 * 1_440 }).map((minutes) => ({ kind: 'after' as const, minutes })),
    fc.constant({ kind: 'atDue' as const }),
    fc.integer({ min: -1, max: 1 }).map((minutes) => ({ kind: 'dueDay' as const, minutes })),
    fc.integer({ min: 0, max: EDGE_COUNT - 1 }).map((edge) => ({ kind: 'edge' as const, edge })),
  ),
  supplements: fc.array(
    fc.oneof(fc.integer({ min: 0, max: 30 * 1_440 }), fc.integer({ min: 0, max: EDGE_COUNT - 1 }).map((e) => -1 - e)),
    { maxLength: 3 },
  ),
});

const periodArb: fc.Arbitrary<GenPeriod> = fc.record({
  fromDay: fc.integer({ min: -10, max: 40 }),
  days: fc.integer({ min: 1, max: 45 }),
  shiftMinutes: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -600, max: 600 })),
  nowShare: fc.option(fc.double({ min: 0, max: 1.2, noNaN: true }), { nil: null }),
});

function nowOf(p: GenPeriod, period: ReportPeriod): Date | undefined {
  if (p.nowShare === null) return undefined;
  return new Date(period.from.getTime() + Math.floor(p.nowShare * (period.to.getTime() - period.from.getTime())));
}

function periodOf(p: GenPeriod): ReportPeriod {
  const from = BASE + p.fromDay * DAY + p.shiftMinutes * MINUTE;
  return { from: new Date(from), to: new Date(from + p.days * DAY) };
}

/** Instants where classes change: the edges of the period and of its pieces, a millisecond either side, the first midnight + 1 day. */
function edges(pieces: ReportPeriod[]): number[] {
  const bounds = [pieces[0].from.getTime(), ...pieces.map((p) => p.to.getTime())];
  return [...bounds.flatMap((b) => [b, b - 1, b + 1]), pieces[0].from.getTime() + DAY];
}

/** The period cut into consecutive pieces at the given fractions (as byMonth cuts a period into months). */
function piecesOf(period: ReportPeriod, cuts: number[]): ReportPeriod[] {
  const span = period.to.getTime() - period.from.getTime();
  const points = [...new Set(cuts.map((c) => period.from.getTime() + Math.floor(c * span)))].filter((t) => t > period.from.getTime()).sort((a, b) => a - b);
  const bounds = [period.from.getTime(), ...points, period.to.getTime()];
  return bounds.slice(1).map((to, i) => ({ from: new Date(bounds[i]), to: new Date(to) }));
}

/** A generated dossier: its facts (supplement requests as instants) and what else the row needs. */
interface Built {
  facts: Omit<DossierFacts, 'supplementRequests'> & { supplementTimes: Date[] };
  row: { procedureId: string; procedureVersion: number; status: DossierStatus; apologyShift: number };
}

function build(gen: GenDossier[], pieces: ReportPeriod[], procedures: Array<{ id: string; code: string; version: number; fieldCode: string }>): Built[] {
  const all = edges(pieces);
  const edge = (i: number) => all[i % all.length];
  const built: Built[] = [];
  for (const d of gen) {
    const received = d.received < 0 ? edge(-1 - d.received) : d.received;
    const due = d.dueAfter < 0 ? Math.max(received, edge(-1 - d.dueAfter)) : received + d.dueAfter * MINUTE;
    let finished: number | undefined;
    if (d.end !== 'open') {
      const f = d.finish;
      const dueDayMidnight = Math.floor((due + 7 * 3_600_000) / DAY) * DAY - 7 * 3_600_000;
      const raw = f.kind === 'after' ? received + f.minutes * MINUTE : f.kind === 'atDue' ? due : f.kind === 'dueDay' ? dueDayMidnight + f.minutes * MINUTE : edge(f.edge);
      finished = Math.max(raw, received);
    }
    const procedure = procedures[d.procedure % procedures.length];
    const status: DossierStatus = { open: 4, resolved: 9, returned: 10, refused: 3, withdrawn: 7, stopped: 8 }[d.end] as DossierStatus;
    built.push({
      facts: {
        receivedAt: new Date(received),
        channel: d.channel,
        dueAt: new Date(due),
        finishedAt: finished === undefined ? undefined : new Date(finished),
        finishedStatus: d.end === 'open' ? undefined : status,
        supplementTimes: d.supplements
          .map((m) => new Date(m < 0 ? Math.max(received, edge(-1 - m)) : received + m * MINUTE))
          .sort((a, b) => a.getTime() - b.getTime()),
        fieldCode: procedure.fieldCode,
        procedureCode: procedure.code,
      },
      row: { procedureId: procedure.id, procedureVersion: procedure.version, status, apologyShift: d.apologyShift },
    });
  }
  return built;
}

/** The facts as they stood at the period end: supplement requests made by then. */
function factsAt(built: Built[], period: ReportPeriod): DossierFacts[] {
  return built.map(({ facts: { supplementTimes, ...f } }) => ({ ...f, supplementRequests: supplementTimes.filter((t) => t < period.to).length }));
}

describe('SQL aggregates equal the domain reference implementations on generated dossiers', () => {
  let t: TestApp;
  let db: Client;
  let queries: ReportQueries;
  let procedures: Array<{ id: string; code: string; version: number; fieldCode: string }>;
  let run = 0;

  beforeAll(async () => {
    t = await startTestApp();
    queries = t.app.get(ReportQueries);
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    procedures = (await db.query(`SELECT id, code, version, field_code FROM procedures ORDER BY code`)).rows.map((r) => ({ id: r.id, code: r.code, version: r.version, fieldCode: r.field_code }));
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** A fresh agency per run keeps the runs apart in one database. */
  async function insert(built: Built[]): Promise<string> {
    const agency = `T${String(++run).padStart(4, '0')}`;
    await db.query(`INSERT INTO agencies (code, name, level, governing_body, place_name) VALUES ($1, $1, 'commune', 'UBND', 'Thử')`, [agency]);
    for (const [i, { facts: f, row: extra }] of built.entries()) {
      const resolved = extra.status === 9 || extra.status === 10;
      const { rows } = await db.query(
        `INSERT INTO dossiers (code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code,
            procedure_version, rule_version, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address, channel, status,
            received_at, due_at, original_due_at, resolved_at, ended_at, tracking_token_hash)
         VALUES ($1, $2, '2026-01-01', $3, $2, $2, $4, $5, $6, 'test', 'person', 'Nguyễn Văn A', '038190012345', '0912345678', 'Thôn 1', $7, $8,
            $9, $10, $11, $12, $13, sha256('token'))
         RETURNING id`,
        [
          `${agency}-${i}`, agency, i + 1, extra.procedureId, f.procedureCode, extra.procedureVersion, f.channel, extra.status,
          f.receivedAt, new Date(f.dueAt.getTime() + extra.apologyShift * MINUTE), f.dueAt,
          resolved ? f.finishedAt : null, !resolved && f.finishedAt ? f.finishedAt : null,
        ],
      );
      for (const [n, at] of f.supplementTimes.entries()) {
        await db.query(
          `INSERT INTO supplement_requests (dossier_id, number, items, reason, requested_at, requested_by_name) VALUES ($1, $2, '[]', 'x', $3, 'x')`,
          [rows[0].id, n + 1, at],
        );
      }
    }
    return agency;
  }

  it('Biểu 06 and the three on-time definitions, for one period and for a series of consecutive periods', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dossierArb, { maxLength: 30 }), periodArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), async (gen, genPeriod, cuts) => {
        const period = periodOf(genPeriod);
        const pieces = piecesOf(period, cuts);
        const built = build(gen, pieces, procedures);
        const agency = await insert(built);
        const month = { from: new Date(BASE), to: new Date(Date.parse('2026-04-01T00:00:00+07:00')) };
        const now = nowOf(genPeriod, period);
        for (const p of [period, month]) {
          const facts = factsAt(built, p);
          for (const groupBy of ['field', 'procedure'] as const) {
            const expected = processingReport(facts, p, groupBy, { now });
            const actual = await queries.processingCounts([agency], p, groupBy, now);
            expect(actual.rows.map((r) => ({ key: r.key, ...r.counts }))).toEqual(expected.rows);
            expect(actual.totals).toEqual(expected.totals);
          }
          const rates = await queries.onTimeCounts([agency], p, now);
          for (const definition of ON_TIME_DEFINITIONS) {
            const expected = onTimeRate(facts, p, definition, { now });
            expect([definition, rates[definition]]).toEqual([definition, { numerator: expected.numerator, denominator: expected.denominator }]);
          }
        }
        // The pieces of the period in one statement.
        const series = await queries.onTimeSeries([agency], pieces, now);
        pieces.forEach((piece, i) => {
          const facts = factsAt(built, piece);
          for (const definition of ON_TIME_DEFINITIONS) {
            const expected = onTimeRate(facts, piece, definition, { now });
            expect([i, definition, series[i][definition]]).toEqual([i, definition, { numerator: expected.numerator, denominator: expected.denominator }]);
          }
        });
      }),
      { numRuns: 60, seed: 20261023 },
    );
  });
});
