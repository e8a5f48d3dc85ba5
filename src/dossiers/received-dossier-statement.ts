import { DOCUMENT_SYMBOLS, numberingYear } from '../domain/documents';
import { formatDossierCode, type DossierCodeFormat } from '../domain/dossier';
import type { DossierEntity } from './entities';

/** Everything of a new dossier row except its code and sequence, which the statement allocates. */
export interface ReceivedDossier {
  id: string;
  codeAgency: string;
  codeDate: string;
  codeFormat: DossierCodeFormat;
  systemOwnerDigits?: string;
  receivingAgencyCode: string;
  resolvingAgencyCode: string;
  procedureId: string;
  procedureCode: string;
  procedureVersion: number;
  ruleVersion: string;
  applicantKind: DossierEntity['applicantKind'];
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  applicantEmail: string | null;
  applicantAddress: string;
  representative: DossierEntity['representative'];
  channel: DossierEntity['channel'];
  documents: DossierEntity['documents'];
  setsCount: number;
  note: string | null;
  status: number;
  receivedAt: Date;
  dueAt: Date;
  provisional: boolean;
  trackingTokenHash: Buffer;
  idempotencyKey: string | null;
  createdBy: string | null;
  event: { type: string; actorId: string | null; actorName: string; toStatus: number; data: Record<string, unknown> };
}

/** The new dossier's allocated code and register entry. */
export interface ReceivedDossierAllocated {
  code: string;
  code_sequence: number;
  register_entry: number;
}

/** One dossier's values, in the order of the statement's placeholders (each one an array's element). */
function receivedDossierParams(row: ReceivedDossier): unknown[] {
  const prefix = codePrefix(row);
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const year = numberingYear(row.receivedAt);
  return [
    row.codeAgency, row.codeDate, prefix, row.id,
    row.receivingAgencyCode, row.resolvingAgencyCode, row.procedureId, row.procedureCode, row.procedureVersion, row.ruleVersion,
    row.applicantKind, row.applicantName, row.applicantIdNumber, row.applicantPhone, row.applicantEmail, row.applicantAddress,
    json(row.representative), row.channel, json(row.documents), row.setsCount, row.note, row.status,
    row.receivedAt.toISOString(), row.dueAt.toISOString(), row.provisional, row.trackingTokenHash, row.idempotencyKey, row.createdBy,
    row.event.type, row.event.actorId, row.event.actorName, row.event.toStatus, JSON.stringify(row.event.data),
    year, DOCUMENT_SYMBOLS.receipt,
  ];
}

/** The code without its sequence digits: the format of sequence 1 minus its "0001". */
export function codePrefix(row: Pick<ReceivedDossier, 'codeAgency' | 'codeDate' | 'codeFormat' | 'systemOwnerDigits'>): string {
  const first = formatDossierCode({ agencyId: row.codeAgency, date: row.codeDate, sequence: 1, format: row.codeFormat, systemOwnerDigits: row.systemOwnerDigits });
  if (!first.endsWith('0001')) throw new Error(`Unexpected code format: ${first}`);
  return first.slice(0, -4);
}

/**
 * One statement for one or more dossiers of one code series (agency, day, receiving centre and
 * year), arrays in, one row out per dossier in input order: the day's sequence and the centre's
 * document counter move by the count of new dossiers (the upsert's row lock serialises intakes of
 * one agency and day), each dossier takes its place in the order given and gets its code, its
 * register entry (the assign_register_entry trigger), its issued receipt (form 01) and its
 * `received` event carrying that code.
 * As a single statement it commits or fails as a whole, and the sequence row stays locked only for
 * this statement and its commit, never across round trips to the service: a rolled-back intake
 * returns its numbers, so codes stay unique and gapless. Concurrent intakes of one commune would
 * wait for each other's commit anyway; sent together (received-dossier-batches.ts) they share it.
 *
 * The code is `<prefix><sequence, zero-padded to 4 digits>`; the prefix comes from
 * formatDossierCode so the format has one definition.
 *
 * An Idempotency-Key ($27[n]) already used at the receiving centre fails the statement on the
 * dossiers_idempotency unique index, as a whole (its numbers returned): the batch is retried one
 * dossier at a time and the service reads the earlier dossier for the repeat. A fresh intake is one
 * round trip, and no plan can make it read other dossiers: the statement used to look the keys up
 * itself, and the generic plan PostgreSQL settled on while the table was small (a prepared
 * statement keeps it) read every keyed dossier of the centre for every batch (5 ms of CPU per batch
 * at 1,700 keyed dossiers, growing with each one). Repeats are rare (a client retrying).
 */
const BATCH_SQL = `
  WITH r AS (
    SELECT * FROM unnest($4::uuid[], $6::text[], $7::uuid[], $8::text[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[],
                         $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::int[], $21::text[], $22::int[],
                         $23::timestamptz[], $24::timestamptz[], $25::bool[], $26::bytea[], $27::text[], $28::uuid[], $29::text[], $30::uuid[],
                         $31::text[], $32::int[], $33::text[])
      WITH ORDINALITY AS r(id, resolving, procedure_id, procedure_code, procedure_version, rule_version, applicant_kind, applicant_name,
                           applicant_id_number, applicant_phone, applicant_email, applicant_address, representative, channel, documents,
                           sets_count, note, status, received_at, due_at, provisional, token_hash, idempotency_key, created_by,
                           event_type, actor_id, actor_name, to_status, event_data, n)
  ), fresh AS (
    SELECT r.*, r.n AS k, count(*) OVER () AS total FROM r
  ), seq AS (
    INSERT INTO dossier_sequences (agency_code, receipt_date, last_value) SELECT $1::text, $2::date, count(*) FROM fresh HAVING count(*) > 0
    ON CONFLICT (agency_code, receipt_date) DO UPDATE SET last_value = dossier_sequences.last_value + EXCLUDED.last_value
    RETURNING last_value
  ), doc AS (
    INSERT INTO number_counters (agency_code, series, year, last_value) SELECT $5::text, 'documents', $34::int, count(*) FROM fresh HAVING count(*) > 0
    ON CONFLICT (agency_code, series, year) DO UPDATE SET last_value = number_counters.last_value + EXCLUDED.last_value
    RETURNING last_value
  ), d AS (
    INSERT INTO dossiers (id, code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code,
                          procedure_id, procedure_code, procedure_version, rule_version, applicant_kind, applicant_name,
                          applicant_id_number, applicant_phone, applicant_email, applicant_address, representative, channel,
                          documents, sets_count, note, status, received_at, due_at, original_due_at, provisional,
                          tracking_token_hash, idempotency_key, created_by)
    SELECT f.id, $3 || lpad(q.s::text, greatest(4, length(q.s::text)), '0'), $1, $2::date, q.s,
           $5, f.resolving, f.procedure_id, f.procedure_code, f.procedure_version, f.rule_version, f.applicant_kind, f.applicant_name,
           f.applicant_id_number, f.applicant_phone, f.applicant_email, f.applicant_address, f.representative::jsonb, f.channel,
           f.documents::jsonb, f.sets_count, f.note, f.status, f.received_at, f.due_at, f.due_at, f.provisional,
           f.token_hash, f.idempotency_key, f.created_by
      FROM fresh f, seq, LATERAL (SELECT (seq.last_value - f.total + f.k)::int AS s) q
     ORDER BY f.k
    RETURNING id, code, code_sequence, register_entry
  ), receipt AS (
    INSERT INTO issued_documents (issuer_code, year, number, form, symbol, dossier_id, subject, issued_at, content)
    SELECT $5, $34, doc.last_value - f.total + f.k, 'receipt', $35, d.id, 'receipt:' || d.id || ':1', f.received_at,
           jsonb_build_object('receivedAt', f.received_at, 'dueAt', f.due_at)
      FROM d JOIN fresh f ON f.id = d.id, doc
  ), e AS (
    INSERT INTO dossier_events (dossier_id, type, occurred_at, actor_id, actor_name, from_status, to_status, data)
    SELECT d.id, f.event_type, f.received_at, f.actor_id, f.actor_name, NULL, f.to_status, f.event_data::jsonb || jsonb_build_object('code', d.code)
      FROM d JOIN fresh f ON f.id = d.id
  )
  SELECT d.code, d.code_sequence, d.register_entry FROM r JOIN d ON d.id = r.id ORDER BY r.n`;

export const RECEIVED_DOSSIERS_BATCH_INSERT = { name: 'insert_received_dossiers', text: BATCH_SQL };

/** The dossiers that may share one batch statement: same code series, same receiving centre and year. */
export function batchKeyOf(row: ReceivedDossier): string {
  return [codePrefix(row), row.codeAgency, row.codeDate, row.receivingAgencyCode, numberingYear(row.receivedAt)].join('\n');
}

/** The batch statement's parameters: the series' values once, then one array per column. */
export function receivedDossiersBatchParams(rows: ReceivedDossier[]): unknown[] {
  const perRow = rows.map(receivedDossierParams);
  const column = (index: number) => perRow.map((params) => params[index]);
  const first = perRow[0];
  return first.map((value, index) => (SERIES_PARAMS.has(index) ? value : column(index)));
}

/** Zero-based indexes of $1, $2, $3, $5, $34 and $35: the same for every dossier of a batch. */
const SERIES_PARAMS = new Set([0, 1, 2, 4, 33, 34]);
