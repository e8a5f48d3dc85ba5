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

/**
 * One statement: the day's next sequence number (the upsert's row lock serialises intakes of one
 * agency and day), the next number of the centre's documents for the receipt (form 01), the
 * dossier row with its code (its register entry comes from the assign_register_entry trigger), the
 * issued receipt, and its `received` event carrying that code.
 * As a single statement it commits or fails as a whole, and the sequence row stays locked only for
 * this statement and its commit, never across round trips to the service: a rolled-back intake
 * returns its number, so codes stay unique and gapless.
 *
 * The code is `<prefix><sequence, zero-padded to 4 digits>`; the prefix comes from
 * formatDossierCode so the format has one definition.
 *
 * With an Idempotency-Key already used at the receiving agency ($27), the statement allocates and
 * inserts nothing and returns the earlier dossier's id instead (`earlier_id`): a fresh intake is
 * one round trip. Two concurrent first uses of a key both allocate; the second then fails on the
 * dossiers_idempotency index as a whole (its numbers returned) and the service reads the first.
 */
const INSERT_SQL = `
  WITH earlier AS (
    SELECT id FROM dossiers WHERE receiving_agency_code = $5 AND idempotency_key = $27
  ), seq AS (
    INSERT INTO dossier_sequences (agency_code, receipt_date, last_value) SELECT $1::text, $2::date, 1 WHERE NOT EXISTS (SELECT FROM earlier)
    ON CONFLICT (agency_code, receipt_date) DO UPDATE SET last_value = dossier_sequences.last_value + 1
    RETURNING last_value
  ), doc AS (
    INSERT INTO number_counters (agency_code, series, year, last_value) SELECT $5::text, 'documents', $34::int, 1 WHERE NOT EXISTS (SELECT FROM earlier)
    ON CONFLICT (agency_code, series, year) DO UPDATE SET last_value = number_counters.last_value + 1
    RETURNING last_value
  ), d AS (
    INSERT INTO dossiers (id, code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code,
                          procedure_id, procedure_code, procedure_version, rule_version, applicant_kind, applicant_name,
                          applicant_id_number, applicant_phone, applicant_email, applicant_address, representative, channel,
                          documents, sets_count, note, status, received_at, due_at, original_due_at, provisional,
                          tracking_token_hash, idempotency_key, created_by)
    SELECT $4::uuid, $3 || lpad(seq.last_value::text, greatest(4, length(seq.last_value::text)), '0'), $1, $2::date, seq.last_value,
           $5, $6, $7::uuid, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19::jsonb, $20, $21, $22,
           $23::timestamptz, $24::timestamptz, $24::timestamptz, $25, $26, $27, $28::uuid
      FROM seq
    RETURNING id, code, code_sequence, register_entry
  ), receipt AS (
    INSERT INTO issued_documents (issuer_code, year, number, form, symbol, dossier_id, subject, issued_at, content)
    SELECT $5, $34, doc.last_value, 'receipt', $35, d.id, 'receipt:' || d.id || ':1', $23::timestamptz,
           jsonb_build_object('receivedAt', $23::timestamptz, 'dueAt', $24::timestamptz)
      FROM d, doc
  ), e AS (
    INSERT INTO dossier_events (dossier_id, type, occurred_at, actor_id, actor_name, from_status, to_status, data)
    SELECT d.id, $29, $23::timestamptz, $30::uuid, $31, NULL, $32, $33::jsonb || jsonb_build_object('code', d.code)
      FROM d
  )
  SELECT code, code_sequence, register_entry, NULL::uuid AS earlier_id FROM d
  UNION ALL
  SELECT NULL, NULL, NULL, id FROM earlier`;

export const RECEIVED_DOSSIER_INSERT = { name: 'insert_received_dossier', text: INSERT_SQL };

/** The new dossier's allocated code, or (earlier_id) the dossier its Idempotency-Key named first. */
export type ReceivedDossierAllocated =
  | { code: string; code_sequence: number; register_entry: number; earlier_id: null }
  | { code: null; code_sequence: null; register_entry: null; earlier_id: string };

/** The statement's parameters, in the order of its placeholders. */
export function receivedDossierParams(row: ReceivedDossier): unknown[] {
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
