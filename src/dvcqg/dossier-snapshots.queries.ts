import { Inject, Injectable } from '@nestjs/common';
import { statusLabel, type DossierStatus } from '../domain/dossier';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TransactionContext } from '../database/transaction-context';
import type { DossierSnapshot, ProgressSnapshot } from '../domain/dvcqg';
import { publicResultPath } from '../results';
import { resolvingAuthorityCode } from './resolving-authority';
import { TrackingTokens } from '../dossiers';

const DOSSIERS_SQL = `
  SELECT d.id, d.code, d.procedure_code, p.name AS procedure_name, f.code AS field_code, f.name AS field_name, d.channel,
         d.applicant_kind, d.applicant_name, d.applicant_id_number, d.applicant_phone, d.applicant_email, d.resolving_agency_code,
         d.status, d.received_at, d.due_at, d.resolved_at, d.returned_at, d.ended_at, d.return_method, d.note, d.documents,
         p.fee_amount, p.fee_text
    FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN fields f ON f.code = p.field_code
   WHERE d.id = ANY($1::uuid[])`;

const SUPPLEMENTS_SQL = `
  SELECT dossier_id, number, requested_by_name, reason, items, requested_at, received_at
    FROM supplement_requests WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, number`;

const RESULTS_SQL = `
  SELECT dossier_id, id, title, code FROM dossier_results WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, signed_at`;

/** Events not yet sent as progress rows, with the status after each and the step it belongs to. */
const PROGRESS_SQL = `
  SELECT e.id, e.dossier_id, e.type, e.occurred_at, e.actor_name, e.data,
         COALESCE(e.to_status, (SELECT p.to_status FROM dossier_events p WHERE p.dossier_id = e.dossier_id AND p.id < e.id AND p.to_status IS NOT NULL ORDER BY p.id DESC LIMIT 1)) AS status_after,
         d.code AS dossier_code, u.unit_name, u.roles, s.starts_at, s.deadline_at, d.due_at, d.received_at
    FROM dvcqg_outbox o
    JOIN dossier_events e ON e.dossier_id = o.dossier_id AND e.id > o.progress_event_id
    JOIN dossiers d ON d.id = e.dossier_id
    LEFT JOIN users u ON u.id = e.actor_id
    LEFT JOIN LATERAL (SELECT starts_at, deadline_at FROM dossier_steps s
                        WHERE s.dossier_id = e.dossier_id AND s.handed_at <= e.occurred_at ORDER BY s.position DESC LIMIT 1) s ON true
   WHERE o.dossier_id = ANY($1::uuid[]) AND e.type NOT IN ('lateness_warning', 'satisfaction_rated')
   ORDER BY e.dossier_id, e.id`;

export interface ProgressItem {
  eventId: number;
  dossierId: string;
  row: ProgressSnapshot;
}

/** Reads dossiers as they are now, for the portal record, and their audit events not yet sent as progress. */
@Injectable()
export class DossierSnapshots {
  constructor(
    private readonly tx: TransactionContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TrackingTokens,
  ) {}

  async load(ids: string[]): Promise<Map<string, DossierSnapshot>> {
    const [rows, supplements, results] = await Promise.all([
      this.tx.manager.query(DOSSIERS_SQL, [ids]),
      this.tx.manager.query(SUPPLEMENTS_SQL, [ids]),
      this.tx.manager.query(RESULTS_SQL, [ids]),
    ]);
    const byDossier = new Map<string, DossierSnapshot['supplements']>();
    for (const s of supplements) {
      const list = byDossier.get(s.dossier_id) ?? [];
      list.push({ number: s.number, requestedByName: s.requested_by_name, reason: s.reason, items: s.items, requestedAt: s.requested_at, receivedAt: s.received_at, dueBefore: null, dueAfter: null });
      byDossier.set(s.dossier_id, list);
    }
    const out = new Map<string, DossierSnapshot>();
    for (const r of rows) {
      const own = results.filter((x: Record<string, string>) => x.dossier_id === r.id);
      const links = own.map((x: Record<string, string>) => ({ title: x.title, code: x.code, url: `${this.config.publicBaseUrl}${publicResultPath(r.code, x.id, this.tokens.tokenOf(r.id))}` }));
      out.set(r.id, { ...snapshotOf(r, byDossier.get(r.id) ?? []), results: links });
    }
    return out;
  }

  async progress(ids: string[]): Promise<ProgressItem[]> {
    const rows = await this.tx.manager.query(PROGRESS_SQL, [ids]);
    return rows.map((r: Record<string, any>) => ({ eventId: Number(r.id), dossierId: r.dossier_id, row: progressOf(r) }));
  }
}

function snapshotOf(r: Record<string, any>, supplements: DossierSnapshot['supplements']): DossierSnapshot {
  return {
    code: r.code,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    fieldCode: r.field_code,
    fieldName: r.field_name,
    channel: r.channel,
    applicantKind: r.applicant_kind,
    applicantName: r.applicant_name,
    applicantIdNumber: r.applicant_id_number,
    applicantPhone: r.applicant_phone,
    applicantEmail: r.applicant_email,
    resolvingAuthorityCode: resolvingAuthorityCode(r as { resolving_agency_code: string }),
    status: Number(r.status),
    receivedAt: r.received_at,
    dueAt: r.due_at,
    resolvedAt: r.resolved_at,
    returnedAt: r.returned_at,
    endedAt: r.ended_at,
    returnMethod: r.return_method,
    note: r.note,
    documents: r.documents ?? [],
    fee: { amount: Number(r.fee_amount ?? 0), text: r.fee_text ?? '' },
    supplements,
  };
}

/** What each audit event says as a processing step (nội dung xử lý). */
const CONTENT: Record<string, string> = {
  received: 'Tiếp nhận hồ sơ',
  handoff: 'Chuyển xử lý',
  supplement_requested: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement_received: 'Nhận hồ sơ bổ sung',
  clock_paused: 'Tạm dừng tính thời gian giải quyết',
  clock_resumed: 'Tiếp tục tính thời gian giải quyết',
  apology: 'Xin lỗi và hẹn lại ngày trả kết quả',
  due_date_changed: 'Cập nhật ngày hẹn trả kết quả',
  resolved: 'Đã xử lý xong',
  returned: 'Trả kết quả',
  stopped: 'Dừng xử lý hồ sơ',
  withdrawn: 'Công dân rút hồ sơ',
  refused: 'Từ chối giải quyết hồ sơ',
};

const TITLE: [role: string, title: string][] = [
  ['head', 'Lãnh đạo'],
  ['officer', 'Chuyên viên'],
  ['counter', 'Cán bộ tiếp nhận'],
  ['manager', 'Cán bộ quản lý'],
  ['admin', 'Quản trị hệ thống'],
];

function progressOf(r: Record<string, any>): ProgressSnapshot {
  const roles: string[] = r.roles ?? [];
  const toUnit = r.type === 'handoff' && r.data?.toUnit ? `: ${r.data.toUnit}` : '';
  const status = Number(r.status_after ?? 2);
  return {
    dossierCode: r.dossier_code,
    actorName: r.actor_name,
    actorTitle: TITLE.find(([role]) => roles.includes(role))?.[1] ?? 'Hệ thống',
    occurredAt: r.occurred_at,
    unit: r.unit_name || 'Bộ phận Một cửa',
    content: `${CONTENT[r.type] ?? statusLabel(status as DossierStatus)}${toUnit}`,
    statusAfter: status,
    stepStart: r.starts_at ?? r.received_at,
    stepDeadline: r.deadline_at ?? r.due_at,
  };
}
