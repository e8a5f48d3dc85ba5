import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { StaffUser } from '../auth';
import type { DeadlineState } from '../domain/lateness';
import { CLOCK_RUNNING_STATUSES, DossierEntity, DossierStepEntity } from '../dossiers';
import { LatenessWindows } from './lateness-windows';

export interface QueueCounts {
  at: Date;
  dossiers: { dueSoon: number; overdue: number; lateWithoutApology: number };
  steps: { dueSoon: number; overdue: number };
  mine: { open: number; dueSoon: number; overdue: number };
}

export interface MyWorkItem {
  dossier: DossierEntity;
  step: DossierStepEntity;
  stepState: DeadlineState;
  dossierState: DeadlineState;
  hasApology: boolean;
}

/** The SQL "state" of a deadline against the per-agency due-soon limits in $limits (jsonb). */
const stateOf = (deadline: string, kind: 'dossier' | 'step') =>
  `CASE WHEN ${deadline} < $2 THEN 'overdue'
        WHEN ${deadline} <= ($3::jsonb -> d.resolving_agency_code ->> '${kind}')::timestamptz THEN 'due_soon'
        ELSE 'in_time' END`;

const IN_SCOPE = '(d.receiving_agency_code = ANY($1) OR d.resolving_agency_code = ANY($1))';
const OPEN = `d.status IN (${CLOCK_RUNNING_STATUSES.join(', ')})`;
const ASSIGNED_TO_ME = '(s.to_user_id = $4 OR s.to_officer = $5)';

/** The lateness queues of the caller's scope: due soon, overdue, late without an apology; dossiers and open control-slip steps. */
@Injectable()
export class WorkQueues {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly windows: LatenessWindows,
  ) {}

  async counts(user: StaffUser, now: Date): Promise<QueueCounts> {
    const params = [user.visibleAgencyCodes, now, await this.limitsJson(now), user.id, user.fullName];
    const [dossiers] = await this.db.query(
      `SELECT count(*) FILTER (WHERE state = 'due_soon')::int AS due_soon,
              count(*) FILTER (WHERE state = 'overdue')::int AS overdue,
              count(*) FILTER (WHERE state = 'overdue' AND NOT has_apology)::int AS late_without_apology
         FROM (SELECT ${stateOf('d.due_at', 'dossier')} AS state,
                      EXISTS (SELECT 1 FROM apologies a WHERE a.dossier_id = d.id) AS has_apology
                 FROM dossiers d WHERE ${OPEN} AND ${IN_SCOPE}) q`,
      params.slice(0, 3),
    );
    const [steps] = await this.db.query(
      `SELECT count(*) FILTER (WHERE state = 'due_soon')::int AS due_soon,
              count(*) FILTER (WHERE state = 'overdue')::int AS overdue,
              count(*) FILTER (WHERE mine)::int AS mine,
              count(*) FILTER (WHERE mine AND state = 'due_soon')::int AS mine_due_soon,
              count(*) FILTER (WHERE mine AND state = 'overdue')::int AS mine_overdue
         FROM (SELECT ${stateOf('s.deadline_at', 'step')} AS state, ${ASSIGNED_TO_ME} AS mine
                 FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id
                WHERE s.finished_at IS NULL AND ${OPEN} AND ${IN_SCOPE}) q`,
      params,
    );
    return {
      at: now,
      dossiers: { dueSoon: dossiers.due_soon, overdue: dossiers.overdue, lateWithoutApology: dossiers.late_without_apology },
      steps: { dueSoon: steps.due_soon, overdue: steps.overdue },
      mine: { open: steps.mine, dueSoon: steps.mine_due_soon, overdue: steps.mine_overdue },
    };
  }

  /** "My work": the open control-slip rows assigned to the caller (by account or by name), most urgent first. */
  async mine(user: StaffUser, now: Date, page: number, pageSize: number): Promise<{ items: MyWorkItem[]; total: number }> {
    const params = [user.visibleAgencyCodes, now, await this.limitsJson(now), user.id, user.fullName];
    const rows: { step_id: string; dossier_id: string; step_state: DeadlineState; dossier_state: DeadlineState; has_apology: boolean; total: number }[] =
      await this.db.query(
        `SELECT s.id AS step_id, d.id AS dossier_id,
                ${stateOf('s.deadline_at', 'step')} AS step_state,
                ${stateOf('d.due_at', 'dossier')} AS dossier_state,
                EXISTS (SELECT 1 FROM apologies a WHERE a.dossier_id = d.id) AS has_apology,
                count(*) OVER ()::int AS total
           FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id
          WHERE s.finished_at IS NULL AND ${OPEN} AND ${IN_SCOPE} AND ${ASSIGNED_TO_ME}
          ORDER BY s.deadline_at ASC, d.code ASC
          LIMIT $6 OFFSET $7`,
        [...params, pageSize, (page - 1) * pageSize],
      );
    if (rows.length === 0) return { items: [], total: 0 };
    const [dossiers, steps] = await Promise.all([
      this.db.getRepository(DossierEntity).findBy({ id: In(rows.map((r) => r.dossier_id)) }),
      this.db.getRepository(DossierStepEntity).findBy({ id: In(rows.map((r) => r.step_id)) }),
    ]);
    const dossierById = new Map(dossiers.map((d) => [d.id, d]));
    const stepById = new Map(steps.map((s) => [s.id, s]));
    return {
      total: rows[0].total,
      items: rows.map((r) => ({
        dossier: dossierById.get(r.dossier_id) as DossierEntity,
        step: stepById.get(r.step_id) as DossierStepEntity,
        stepState: r.step_state,
        dossierState: r.dossier_state,
        hasApology: r.has_apology,
      })),
    };
  }

  private async limitsJson(now: Date): Promise<string> {
    const limits = await this.windows.limits(now);
    return JSON.stringify(Object.fromEntries([...limits].map(([code, l]) => [code, { dossier: l.dossier.toISOString(), step: l.step.toISOString() }])));
  }
}
