import { dossierSummaryView, stepView } from '../dossiers';
import type { LatenessWarningEntity } from './lateness-warning.entity';
import type { AgencyWindows } from './lateness-windows';
import type { ScanResult } from './lateness-scanner';
import type { MyWorkItem, QueueCounts } from './work-queues';

export function queueCountsView(counts: QueueCounts, windows: AgencyWindows) {
  return {
    at: counts.at.toISOString(),
    dossiers: counts.dossiers,
    steps: counts.steps,
    mine: counts.mine,
    windows: windowsView(windows),
  };
}

export function windowsView(w: AgencyWindows) {
  return {
    agencyCode: w.agencyCode,
    dueSoonWorkingMinutes: w.dossierMinutes,
    stepDueSoonWorkingMinutes: w.stepMinutes,
    dailyWorkingMinutes: w.calendar.dailyWorkingMinutes,
    agencySetting: w.own,
  };
}

export function myWorkItemView(item: MyWorkItem) {
  return {
    dossier: dossierSummaryView(item.dossier),
    step: stepView(item.step),
    stepState: item.stepState,
    dossierState: item.dossierState,
    hasApology: item.hasApology,
  };
}

export function warningView(w: LatenessWarningEntity & { dossierCode?: string }) {
  return {
    id: Number(w.id),
    subject: w.subject,
    kind: w.kind,
    dossierCode: w.dossierCode ?? null,
    stepPosition: w.stepPosition,
    deadlineAt: w.deadlineAt.toISOString(),
    agencyCode: w.agencyCode,
    recipientName: w.recipientName,
    message: w.message,
    raisedAt: w.raisedAt.toISOString(),
  };
}

export function scanResultView(r: ScanResult) {
  return {
    at: r.at.toISOString(),
    agencies: r.agencies,
    skipped: r.skipped ?? null,
    raised: r.raised.map((w) => ({ ...w, deadlineAt: w.deadlineAt.toISOString() })),
  };
}
