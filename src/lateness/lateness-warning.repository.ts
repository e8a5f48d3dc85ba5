import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { CLOCK_RUNNING_STATUSES } from '../dossiers';
import { LatenessWarningEntity, type WarningKind, type WarningSubject } from './lateness-warning.entity';

export interface WarningCandidate {
  subject: WarningSubject;
  subject_id: string;
  kind: WarningKind;
  deadline_at: Date;
  dossier_id: string;
  dossier_code: string;
  step_position: number | null;
  to_unit: string | null;
  agency_code: string;
  recipient_user_id: string | null;
  recipient_name: string | null;
}

export interface InsertedWarning {
  id: string;
  subject: WarningSubject;
  subject_id: string;
  kind: WarningKind;
  deadline_at: Date;
}

/** Lateness warnings, once per (subject, kind, deadline): the unique key makes concurrent runs raise each once. */
@Injectable()
export class LatenessWarningRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Inserts the warnings not raised yet (ON CONFLICT DO NOTHING) and returns those this call raised. */
  insertNew(candidates: WarningCandidate[], messages: string[], now: Date, raisedBy: string): Promise<InsertedWarning[]> {
    return this.tx.manager.query(
      `INSERT INTO lateness_warnings (subject, subject_id, kind, deadline_at, dossier_id, step_position, agency_code, recipient_user_id, recipient_name, message, raised_at, raised_by)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::uuid[], $6::int[], $7::text[], $8::uuid[], $9::text[], $10::text[]) AS c,
              (SELECT $11::timestamptz, $12::text) AS r
       ORDER BY 1, 2, 3
       ON CONFLICT (subject, subject_id, kind, deadline_at) DO NOTHING
       RETURNING id, subject, subject_id, kind, deadline_at`,
      [
        candidates.map((c) => c.subject),
        candidates.map((c) => c.subject_id),
        candidates.map((c) => c.kind),
        candidates.map((c) => c.deadline_at),
        candidates.map((c) => c.dossier_id),
        candidates.map((c) => c.step_position),
        candidates.map((c) => c.agency_code),
        candidates.map((c) => c.recipient_user_id),
        candidates.map((c) => c.recipient_name),
        messages,
        now,
        raisedBy,
      ],
    );
  }

  /** Due-soon and overdue subjects not yet warned about; `limits` is the per-agency windows as jsonb. */
  candidates(now: Date, limits: string): Promise<WarningCandidate[]> {
    const open = CLOCK_RUNNING_STATUSES.join(', ');
    return this.tx.manager.query(
      `WITH lim AS (
         SELECT key AS agency_code, (value ->> 'dossier')::timestamptz AS dossier_until, (value ->> 'step')::timestamptz AS step_until
           FROM jsonb_each($2::jsonb))
       SELECT 'dossier' AS subject, d.id AS subject_id, CASE WHEN d.due_at < $1 THEN 'overdue' ELSE 'due_soon' END AS kind,
              d.due_at AS deadline_at, d.id AS dossier_id, d.code AS dossier_code, NULL::int AS step_position, NULL::text AS to_unit,
              d.resolving_agency_code AS agency_code, NULL::uuid AS recipient_user_id, NULL::text AS recipient_name
         FROM dossiers d JOIN lim ON lim.agency_code = d.resolving_agency_code
        WHERE d.status IN (${open}) AND d.due_at <= lim.dossier_until
          AND NOT EXISTS (SELECT 1 FROM lateness_warnings w WHERE w.subject = 'dossier' AND w.subject_id = d.id AND w.deadline_at = d.due_at
                             AND w.kind = CASE WHEN d.due_at < $1 THEN 'overdue' ELSE 'due_soon' END)
       UNION ALL
       SELECT 'step', s.id, CASE WHEN s.deadline_at < $1 THEN 'overdue' ELSE 'due_soon' END,
              s.deadline_at, d.id, d.code, s.position, s.to_unit,
              d.resolving_agency_code, s.to_user_id, s.to_officer
         FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id JOIN lim ON lim.agency_code = d.resolving_agency_code
        WHERE s.finished_at IS NULL AND d.status IN (${open}) AND s.deadline_at <= lim.step_until
          AND NOT EXISTS (SELECT 1 FROM lateness_warnings w WHERE w.subject = 'step' AND w.subject_id = s.id AND w.deadline_at = s.deadline_at
                             AND w.kind = CASE WHEN s.deadline_at < $1 THEN 'overdue' ELSE 'due_soon' END)
        ORDER BY 1, 2`,
      [now, limits],
    );
  }

  /** A page of the warnings of these agencies, newest first; only those addressed to `recipient` when given. */
  async page(
    agencyCodes: string[],
    recipient: { id: string; name: string } | null,
    page: number,
    pageSize: number,
  ): Promise<{ items: (LatenessWarningEntity & { dossierCode: string })[]; total: number }> {
    const query = this.tx.manager
      .getRepository(LatenessWarningEntity)
      .createQueryBuilder('w')
      .innerJoin('dossiers', 'd', 'd.id = w.dossier_id')
      .addSelect('d.code', 'dossier_code')
      .where('w.agency_code IN (:...agencies)', { agencies: agencyCodes });
    if (recipient) query.andWhere('(w.recipient_user_id = :me OR w.recipient_name = :myName)', { me: recipient.id, myName: recipient.name });
    const total = await query.getCount();
    const { entities, raw } = await query
      .orderBy('w.raised_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities();
    const codes = new Map(raw.map((r: { w_id: string; dossier_code: string }) => [String(r.w_id), r.dossier_code]));
    return { items: entities.map((w) => Object.assign(w, { dossierCode: codes.get(String(w.id)) ?? '' })), total };
  }
}
