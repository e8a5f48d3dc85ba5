import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { appointmentVi } from '../locale';
import { appendDossierEvent, SYSTEM_ACTOR, CLOCK_RUNNING_STATUSES } from '../dossiers';
import type { WarningKind, WarningSubject } from './lateness-warning.entity';
import { LatenessWindows } from './lateness-windows';

/** The audit event written with each warning. */
export const LATENESS_WARNING_EVENT = 'lateness_warning';

export interface RaisedWarning {
  id: number;
  subject: WarningSubject;
  kind: WarningKind;
  dossierCode: string;
  stepPosition: number | null;
  deadlineAt: Date;
  message: string;
}

export interface ScanResult {
  at: Date;
  /** Agencies at work at that instant: only their dossiers and steps were looked at. */
  agencies: string[];
  /** Set when nothing was looked at because no agency was at work. */
  skipped?: 'outside_working_time';
  /** Warnings this run raised (another instance's warnings are not repeated). */
  raised: RaisedWarning[];
}

interface Candidate {
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

/**
 * The lateness job: raises a warning for every open dossier and open control-slip step that is due
 * soon or overdue, in working time (an agency outside its working hours is skipped until it opens).
 * Each warning is written with an audit event in one transaction, once per (subject, kind,
 * deadline): the unique key and INSERT … ON CONFLICT DO NOTHING make concurrent runs on several
 * instances raise it exactly once (the loser waits for the winner's commit and then skips it).
 */
@Injectable()
export class LatenessScanner {
  private readonly logger = new Logger('LatenessScanner');
  readonly instanceId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly windows: LatenessWindows,
    private readonly clock: Clock,
  ) {}

  async run(now: Date = this.clock.now()): Promise<ScanResult> {
    const limits = await this.windows.limits(now);
    const working = [...limits].filter(([, l]) => l.working);
    const agencies = working.map(([code]) => code);
    if (working.length === 0) return { at: now, agencies, skipped: 'outside_working_time', raised: [] };
    const json = JSON.stringify(Object.fromEntries(working.map(([code, l]) => [code, { dossier: l.dossier.toISOString(), step: l.step.toISOString() }])));
    const candidates = await this.candidates(now, json);
    if (candidates.length === 0) return { at: now, agencies, raised: [] };
    const raised = await this.db.transaction(async (manager) => {
      const inserted: { id: string; subject: WarningSubject; subject_id: string; kind: WarningKind; deadline_at: Date }[] = await manager.query(
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
          candidates.map(warningMessage),
          now,
          this.instanceId,
        ],
      );
      const byKey = new Map(candidates.map((c) => [keyOf(c.subject, c.subject_id, c.kind, c.deadline_at), c]));
      const result: RaisedWarning[] = [];
      for (const row of inserted) {
        const c = byKey.get(keyOf(row.subject, row.subject_id, row.kind, new Date(row.deadline_at))) as Candidate;
        const message = warningMessage(c);
        await appendDossierEvent(manager, {
          dossierId: c.dossier_id,
          type: LATENESS_WARNING_EVENT,
          occurredAt: now,
          actor: SYSTEM_ACTOR,
          data: { warningId: Number(row.id), subject: c.subject, kind: c.kind, deadlineAt: c.deadline_at.toISOString(), stepPosition: c.step_position, message },
        });
        result.push({ id: Number(row.id), subject: c.subject, kind: c.kind, dossierCode: c.dossier_code, stepPosition: c.step_position, deadlineAt: c.deadline_at, message });
      }
      return result;
    });
    if (raised.length > 0) this.logger.log(`${raised.length} lateness warning(s) raised`);
    return { at: now, agencies, raised };
  }

  /** Due-soon and overdue subjects not yet warned about (a cheap pre-filter; the unique key is the guarantee). */
  private candidates(now: Date, limits: string): Promise<Candidate[]> {
    const open = CLOCK_RUNNING_STATUSES.join(', ');
    return this.db.query(
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
}

function keyOf(subject: string, subjectId: string, kind: string, deadline: Date): string {
  return `${subject}|${subjectId}|${kind}|${deadline.getTime()}`;
}

/** What the officers read (Vietnamese). */
export function warningMessage(c: Pick<Candidate, 'subject' | 'kind' | 'dossier_code' | 'step_position' | 'to_unit' | 'deadline_at'>): string {
  const when = appointmentVi(c.deadline_at);
  if (c.subject === 'dossier') {
    return c.kind === 'overdue'
      ? `Hồ sơ ${c.dossier_code} đã quá hạn trả kết quả (hẹn trả ${when}).`
      : `Hồ sơ ${c.dossier_code} sắp đến hạn trả kết quả (hẹn trả ${when}). Nếu không kịp, lãnh đạo phát hành phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).`;
  }
  const step = `Bước ${c.step_position}${c.to_unit ? ` (${c.to_unit})` : ''} của hồ sơ ${c.dossier_code}`;
  return c.kind === 'overdue' ? `${step} đã quá hạn xử lý (hạn ${when}).` : `${step} sắp đến hạn xử lý (hạn ${when}).`;
}
