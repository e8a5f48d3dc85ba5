import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Clock } from '../common/clock';
import { TransactionContext } from '../database/transaction-context';
import { appointmentVi } from '../locale';
import { DossierEventRepository } from '../dossiers';
import { SYSTEM_ACTOR } from '../dossiers';
import type { WarningKind, WarningSubject } from './lateness-warning.entity';
import { LatenessWarningRepository, type WarningCandidate } from './lateness-warning.repository';
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
    private readonly tx: TransactionContext,
    private readonly warnings: LatenessWarningRepository,
    private readonly events: DossierEventRepository,
    private readonly windows: LatenessWindows,
    private readonly clock: Clock,
  ) {}

  async run(now: Date = this.clock.now()): Promise<ScanResult> {
    const limits = await this.windows.limits(now);
    const working = [...limits].filter(([, l]) => l.working);
    const agencies = working.map(([code]) => code);
    if (working.length === 0) return { at: now, agencies, skipped: 'outside_working_time', raised: [] };
    const json = JSON.stringify(Object.fromEntries(working.map(([code, l]) => [code, { dossier: l.dossier.toISOString(), step: l.step.toISOString() }])));
    const candidates = await this.warnings.candidates(now, json);
    if (candidates.length === 0) return { at: now, agencies, raised: [] };
    const raised = await this.tx.run(async () => {
      const inserted = await this.warnings.insertNew(candidates, candidates.map(warningMessage), now, this.instanceId);
      const byKey = new Map(candidates.map((c) => [keyOf(c.subject, c.subject_id, c.kind, c.deadline_at), c]));
      const result: RaisedWarning[] = [];
      for (const row of inserted) {
        const c = byKey.get(keyOf(row.subject, row.subject_id, row.kind, new Date(row.deadline_at))) as WarningCandidate;
        const message = warningMessage(c);
        await this.events.append({
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
}

function keyOf(subject: string, subjectId: string, kind: string, deadline: Date): string {
  return `${subject}|${subjectId}|${kind}|${deadline.getTime()}`;
}

/** What the officers read (Vietnamese). */
export function warningMessage(c: Pick<WarningCandidate, 'subject' | 'kind' | 'dossier_code' | 'step_position' | 'to_unit' | 'deadline_at'>): string {
  const when = appointmentVi(c.deadline_at);
  if (c.subject === 'dossier') {
    return c.kind === 'overdue'
      ? `Hồ sơ ${c.dossier_code} đã quá hạn trả kết quả (hẹn trả ${when}).`
      : `Hồ sơ ${c.dossier_code} sắp đến hạn trả kết quả (hẹn trả ${when}). Nếu không kịp, lãnh đạo phát hành phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).`;
  }
  const step = `Bước ${c.step_position}${c.to_unit ? ` (${c.to_unit})` : ''} của hồ sơ ${c.dossier_code}`;
  return c.kind === 'overdue' ? `${step} đã quá hạn xử lý (hạn ${when}).` : `${step} sắp đến hạn xử lý (hạn ${when}).`;
}
