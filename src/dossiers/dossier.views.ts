import { formatDocumentNumber } from '../domain/documents';
import { statusLabel, DossierStatus } from '../domain/dossier';
import type { AgencyRef, IssuedDocumentRow } from './dossier-queries';
import type {
  ApologyEntity,
  DossierEntity,
  DossierEventEntity,
  DossierStepEntity,
  SupplementRequestEntity,
} from './entities';

export function dossierSummaryView(d: DossierEntity) {
  return {
    code: d.code,
    status: statusLabel(d.status as DossierStatus),
    statusCode: d.status,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    receivingAgencyCode: d.receivingAgencyCode,
    resolvingAgencyCode: d.resolvingAgencyCode,
    channel: d.channel,
    applicant: {
      kind: d.applicantKind,
      fullName: d.applicantName,
      idNumber: d.applicantIdNumber,
      phone: d.applicantPhone,
      email: d.applicantEmail,
      address: d.applicantAddress,
    },
    receivedAt: d.receivedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    originalDueAt: d.originalDueAt.toISOString(),
    provisional: d.provisional,
    resolvedAt: d.resolvedAt?.toISOString() ?? null,
    returnedAt: d.returnedAt?.toISOString() ?? null,
    endedAt: d.endedAt?.toISOString() ?? null,
    outcome: d.outcome,
  };
}

export interface DossierDetailParts {
  dossier: DossierEntity;
  procedureName: string;
  trackingUrl: string;
  steps: DossierStepEntity[];
  events: DossierEventEntity[];
  supplementRequests: SupplementRequestEntity[];
  apology: ApologyEntity | null;
  receivingAgency: AgencyRef;
  resolvingAgency: AgencyRef;
  issuedDocuments: IssuedDocumentRow[];
  /** Delivery to the national portal (src/dvcqg). */
  dvcqgSync?: { state: string; attempts: number; lastAttemptAt: string | null; lastError: string | null };
}

export function dossierDetailView(parts: DossierDetailParts) {
  const d = parts.dossier;
  return {
    ...dossierSummaryView(d),
    receivingAgency: parts.receivingAgency,
    resolvingAgency: parts.resolvingAgency,
    register: { year: d.registerYear, book: d.registerBook, entry: d.registerEntry },
    issuedDocuments: parts.issuedDocuments.map((doc) => ({
      form: doc.form,
      number: formatDocumentNumber(doc.number, doc.form),
      issuerCode: doc.issuerCode,
      issuedAt: doc.issuedAt.toISOString(),
    })),
    procedureName: parts.procedureName,
    ruleVersion: d.ruleVersion,
    documents: d.documents,
    setsCount: d.setsCount,
    note: d.note,
    endReason: d.endReason,
    returnMethod: d.returnMethod,
    trackingUrl: parts.trackingUrl,
    steps: parts.steps.map(stepView),
    events: parts.events.map(eventView),
    supplementRequests: parts.supplementRequests.map(supplementRequestView),
    apology: parts.apology ? apologyView(parts.apology) : null,
    dvcqgSync: parts.dvcqgSync ?? { state: 'off', attempts: 0, lastAttemptAt: null, lastError: null },
  };
}

export function stepView(s: DossierStepEntity) {
  return {
    position: s.position,
    fromUnit: s.fromUnit,
    fromOfficer: s.fromOfficer,
    toUnit: s.toUnit,
    toOfficer: s.toOfficer,
    handedAt: s.handedAt.toISOString(),
    startsAt: s.startsAt.toISOString(),
    deadlineAt: s.deadlineAt.toISOString(),
    finishedAt: s.finishedAt?.toISOString() ?? null,
    result: s.result,
    handoverResult: s.handoverResult,
    note: s.note,
  };
}

export function eventView(e: DossierEventEntity) {
  return {
    id: Number(e.id),
    type: e.type,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    actor: e.actorName,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    data: e.data,
  };
}

export function supplementRequestView(r: SupplementRequestEntity) {
  return {
    number: r.number,
    items: r.items,
    reason: r.reason,
    requestedAt: r.requestedAt.toISOString(),
    requestedBy: r.requestedByName,
    receivedAt: r.receivedAt?.toISOString() ?? null,
    lateReason: r.lateReason ?? null,
  };
}

export function apologyView(a: ApologyEntity) {
  return {
    reason: a.reason,
    previousDueAt: a.previousDueAt.toISOString(),
    newDueAt: a.newDueAt.toISOString(),
    signerName: a.signerName,
    issuedAt: a.issuedAt.toISOString(),
    late: a.late,
  };
}
