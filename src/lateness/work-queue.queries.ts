import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import type { DeadlineState } from '../domain/lateness';
import { CLOCK_RUNNING_STATUSES } from '../dossiers';

/** The SQL "state" of a deadline against the per-agency due-soon limits in $limits (jsonb). */
const stateOf = (deadline: string, kind: 'dossier' | 'step') =>
  `CASE WHEN ${deadline} < $2 THEN 'overdue'
        WHEN ${deadline} <= ($3::jsonb -> d.resolving_agency_code ->> '${kind}')::timestamptz THEN 'due_soon'
        ELSE 'in_time' END`;

const IN_SCOPE = '(d.receiving_agency_code = ANY($1) OR d.resolving_agency_code = ANY($1))';
const OPEN = `d.status IN (${CLOCK_RUNNING_STATUSES.join(', ')})`;
const ASSIGNED_TO_ME = '(s.to_user_id = $4 OR s.to_officer = $5)';

/** Whose queues: the scope's agencies, the instant, the per-agency due-soon limits (jsonb) and the caller. */
export type QueueScope = [agencyCodes: string[], now: Date, limitsJson: string, userId: string, userName: string];

export interface MyWorkRow {
  step_id: string;
  dossier_id: string;
  step_state: DeadlineState;
  dossier_state: DeadlineState;
  has_apology: boolean;
  total: number;
}

/** The SQL of the lateness queues. */
@Injectable()
export class WorkQueueQueries {
  constructor(private readonly tx: TransactionContext) {}

  async dossierCounts(params: QueueScope): Promise<{ due_soon: number; overdue: number; late_without_apology: number }> {
    const [dossiers] = await this.tx.manager.query(
      `SELECT count(*) FILTER (WHERE state = 'due_soon')::int AS due_soon,
              count(*) FILTER (WHERE state = 'overdue')::int AS overdue,
              count(*) FILTER (WHERE state = 'overdue' AND NOT has_apology)::int AS late_without_apology
         FROM (SELECT ${stateOf('d.due_at', 'dossier')} AS state,
                      EXISTS (SELECT 1 FROM apologies a WHERE a.dossier_id = d.id) AS has_apology
                 FROM dossiers d WHERE ${OPEN} AND ${IN_SCOPE}) q`,
      params.slice(0, 3),
    );
    return dossiers;
  }

  async stepCounts(params: QueueScope): Promise<{ due_soon: number; overdue: number; mine: number; mine_due_soon: number; mine_overdue: number }> {
    const [steps] = await this.tx.manager.query(
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
    return steps;
  }

  /** The open control-slip rows assigned to the caller (by account or by name), most urgent first. */
  mine(params: QueueScope, page: number, pageSize: number): Promise<MyWorkRow[]> {
    return this.tx.manager.query(
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
  }
}
