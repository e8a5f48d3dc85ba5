import { Inject, Injectable } from '@nestjs/common';
import { READ_DATA_SOURCE } from '../database/read-replica';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/transaction-context';

/** What the public page needs of a dossier, read in one indexed query (dossiers.code is unique). */
export interface PublicDossierRecord {
  id: string;
  /** dossiers.version and the newest event id together stamp the cached page. */
  version: number;
  lastEventId: string | null;
  code: string;
  /** SHA-256 of the tracking token (the token itself is never stored). */
  trackingTokenHash: Buffer;
  applicantPhone: string;
  applicantName: string;
  status: number;
  receivedAt: Date;
  dueAt: Date;
  originalDueAt: Date;
  provisional: boolean;
  outcome: 'approved' | 'rejected' | null;
  returnMethod: 'counter' | 'postal' | 'online' | null;
  procedureName: string;
  resultDelivery: string;
  feeAmount: number;
  feeText: string;
  agencyName: string;
  governingBody: string;
  apology: { reason: string; newDueAt: Date } | null;
  /** The citizen's satisfaction rating, once given (a level of src/domain/satisfaction). */
  satisfaction: { level: string; ratedAt: Date } | null;
  /** Its events a citizen may see, oldest first. */
  events: PublicEventRecord[];
}

export interface PublicEventRecord {
  id: string;
  type: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

/** Event types the public timeline knows how to show; any other type stays off the page. */
export const PUBLIC_EVENT_TYPES = [
  'received',
  'handoff',
  'supplement_requested',
  'supplement_received',
  'apology',
  'resolved',
  'returned',
  'stopped',
  'withdrawn',
  'refused',
  'satisfaction_rated',
] as const;

const DOSSIER_SQL = `
  SELECT d.id, d.version, d.code, d.tracking_token_hash, d.applicant_phone, d.applicant_name, d.status,
         d.received_at, d.due_at, d.original_due_at, d.provisional, d.outcome, d.return_method,
         p.name AS procedure_name, p.result_delivery, p.fee_amount, p.fee_text,
         a.name AS agency_name, a.governing_body,
         ap.reason AS apology_reason, ap.new_due_at AS apology_new_due_at,
         sr.level AS satisfaction_level, sr.rated_at AS satisfaction_rated_at,
         (SELECT max(e.id) FROM dossier_events e WHERE e.dossier_id = d.id) AS last_event_id,
         (SELECT coalesce(json_agg(json_build_object('id', e.id, 'type', e.type, 'occurred_at', e.occurred_at, 'data', e.data)
                                   ORDER BY e.occurred_at, e.id), '[]')
            FROM dossier_events e WHERE e.dossier_id = d.id AND e.type = ANY($2::text[])) AS events
    FROM dossiers d
    JOIN procedures p ON p.id = d.procedure_id
    JOIN agencies a ON a.code = d.receiving_agency_code
    LEFT JOIN apologies ap ON ap.dossier_id = d.id
    LEFT JOIN satisfaction_ratings sr ON sr.dossier_id = d.id
   WHERE d.code = $1`;


/** The public look-up's own reads, as prepared statements: a dossier by code (every look-up), its events (only when the cached page is stale). */
@Injectable()
export class PublicDossierRepository {
  /** The read replica when there is one: a citizen may see a change a moment late, never a wrong one (pages are stamped by version). */
  constructor(@Inject(READ_DATA_SOURCE) private readonly db: DataSource) {}

  /** The dossier with its public events, in one round trip and one snapshot (a cold look-up waited for two before). */
  async findByCode(code: string): Promise<PublicDossierRecord | null> {
    const rows = await preparedQuery<DossierRow>(this.db, 'public_dossier_by_code', DOSSIER_SQL, [code, PUBLIC_EVENT_TYPES]);
    return rows.length === 0 ? null : toRecord(rows[0]);
  }
}

interface DossierRow {
  id: string;
  version: number;
  code: string;
  tracking_token_hash: Buffer;
  applicant_phone: string;
  applicant_name: string;
  status: number;
  received_at: Date;
  due_at: Date;
  original_due_at: Date;
  provisional: boolean;
  outcome: 'approved' | 'rejected' | null;
  return_method: 'counter' | 'postal' | 'online' | null;
  procedure_name: string;
  result_delivery: string;
  fee_amount: number;
  fee_text: string;
  agency_name: string;
  governing_body: string;
  apology_reason: string | null;
  apology_new_due_at: Date | null;
  satisfaction_level: string | null;
  satisfaction_rated_at: Date | null;
  last_event_id: string | null;
  events: EventRow[];
}

interface EventRow {
  id: string;
  type: string;
  occurred_at: Date;
  data: Record<string, unknown> | null;
}

function toRecord(r: DossierRow): PublicDossierRecord {
  return {
    id: r.id,
    version: Number(r.version),
    lastEventId: r.last_event_id === null ? null : String(r.last_event_id),
    code: r.code,
    trackingTokenHash: r.tracking_token_hash,
    applicantPhone: r.applicant_phone,
    applicantName: r.applicant_name,
    status: Number(r.status),
    receivedAt: new Date(r.received_at),
    dueAt: new Date(r.due_at),
    originalDueAt: new Date(r.original_due_at),
    provisional: r.provisional,
    outcome: r.outcome,
    returnMethod: r.return_method,
    procedureName: r.procedure_name,
    resultDelivery: r.result_delivery,
    feeAmount: Number(r.fee_amount),
    feeText: r.fee_text,
    agencyName: r.agency_name,
    governingBody: r.governing_body,
    apology:
      r.apology_reason !== null && r.apology_new_due_at !== null
        ? { reason: r.apology_reason, newDueAt: new Date(r.apology_new_due_at) }
        : null,
    satisfaction:
      r.satisfaction_level !== null && r.satisfaction_rated_at !== null
        ? { level: r.satisfaction_level, ratedAt: new Date(r.satisfaction_rated_at) }
        : null,
    events: r.events.map((e) => ({ id: String(e.id), type: e.type, occurredAt: new Date(e.occurred_at), data: e.data ?? {} })),
  };
}
