import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import type { DeadlineState } from '../domain/lateness';
import { DossierStepRepository } from '../dossiers';
import { DossierRepository } from '../dossiers';
import type { DossierEntity, DossierStepEntity } from '../dossiers';
import { LatenessWindows } from './lateness-windows';
import { WorkQueueQueries, type QueueScope } from './work-queue.queries';

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

/** The lateness queues of the caller's scope: due soon, overdue, late without an apology; dossiers and open control-slip steps. */
@Injectable()
export class WorkQueues {
  constructor(
    private readonly queries: WorkQueueQueries,
    private readonly dossiers: DossierRepository,
    private readonly steps: DossierStepRepository,
    private readonly windows: LatenessWindows,
  ) {}

  async counts(user: StaffUser, now: Date): Promise<QueueCounts> {
    const params: QueueScope = [user.visibleAgencyCodes, now, await this.limitsJson(now), user.id, user.fullName];
    const dossiers = await this.queries.dossierCounts(params);
    const steps = await this.queries.stepCounts(params);
    return {
      at: now,
      dossiers: { dueSoon: dossiers.due_soon, overdue: dossiers.overdue, lateWithoutApology: dossiers.late_without_apology },
      steps: { dueSoon: steps.due_soon, overdue: steps.overdue },
      mine: { open: steps.mine, dueSoon: steps.mine_due_soon, overdue: steps.mine_overdue },
    };
  }

  /** "My work": the open control-slip rows assigned to the caller (by account or by name), most urgent first. */
  async mine(user: StaffUser, now: Date, page: number, pageSize: number): Promise<{ items: MyWorkItem[]; total: number }> {
    const params: QueueScope = [user.visibleAgencyCodes, now, await this.limitsJson(now), user.id, user.fullName];
    const rows = await this.queries.mine(params, page, pageSize);
    if (rows.length === 0) return { items: [], total: 0 };
    const [dossiers, steps] = await Promise.all([
      this.dossiers.findByIds(rows.map((r) => r.dossier_id)),
      this.steps.findByIds(rows.map((r) => r.step_id)),
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
