/**
 * Stored records → the forms' view models. Pure: every date comes from the records (never "now"),
 * so the same rows always print the same bytes.
 */
import type { AgencyEntity } from '../catalogue/agency.entity';
import type { DurationUnit, ProcedureEntity, RequiredDocument } from '../catalogue/procedure.entity';
import { DossierStatus } from '../domain/dossier/status';
import type { DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from '../dossiers/entities';
import type {
  Applicant,
  ControlSlipView,
  ControlStep,
  IssuingUnit,
  PaperOptions,
  ReceiptView,
  RefusalView,
  RegisterView,
  StepResult,
  StopNoticeView,
  SupplementRequestView,
} from '../documents/forms';
import { formatDateShortVi } from '../documents/layout';
import type { IntakeRefusalEntity } from './intake-refusals/intake-refusal.entity';
import type { DossierRecord, RegisterRecord } from './slip-records';

export function issuingUnit(agency: AgencyEntity): IssuingUnit {
  return { governingBody: agency.governingBody, name: agency.name, place: agency.placeName };
}

export function applicantOf(d: DossierEntity): Applicant {
  return {
    fullName: d.applicantName,
    kind: d.applicantKind,
    idNumber: d.applicantIdNumber || undefined,
    address: d.applicantAddress || undefined,
    phone: d.applicantPhone || undefined,
    email: d.applicantEmail ?? undefined,
  };
}

const two = (n: number): string => String(n).padStart(2, '0');
const seq4 = (n: number): string => String(n).padStart(4, '0');

/** "3" → "03", "0.5" → "0,5": counts on forms take two digits, decimals a comma. */
function amount(value: number): string {
  return Number.isInteger(value) ? two(value) : String(value).replace('.', ',');
}

const UNIT_WORDS: Record<Exclude<DurationUnit, 'same_day'>, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
};

/** The procedure's legal processing time as published: "03 ngày làm việc", "04 giờ làm việc", "15 ngày", "Trong ngày". */
export function legalTimeText(procedure: Pick<ProcedureEntity, 'durationValue' | 'durationUnit'>): string {
  if (procedure.durationUnit === 'same_day') return 'Trong ngày';
  return `${amount(procedure.durationValue)} ${UNIT_WORDS[procedure.durationUnit]}`;
}

/** "1.250.000" — thousands with dots, whatever the host's locale data. */
export function groupThousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The fee as published (feeText), else the amount in đồng, else "Không". */
export function feeTextOf(procedure: Pick<ProcedureEntity, 'feeText' | 'feeAmount'>): string {
  if (procedure.feeText.trim()) return procedure.feeText.trim();
  return procedure.feeAmount > 0 ? `${groupThousands(procedure.feeAmount)} đồng` : 'Không';
}

const KIND_WORDS: Record<NonNullable<RequiredDocument['kind']>, string> = {
  original: 'bản chính',
  certified_copy: 'bản sao có chứng thực',
  copy: 'bản sao',
};

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);

/** "Đăng ký khai sinh" → "đăng ký khai sinh" inside a sentence; acronyms ("UBND …") are left alone. */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase('vi-VN') + name.slice(1);
}

/**
 * Where the result is collected, after the form's own "Đăng ký nhận kết quả tại:": a published
 * "Nhận kết quả tại …" loses its first words; nothing published → the receiving unit.
 */
export function resultCollectionText(delivery: string, receivingUnitName: string): string {
  const text = delivery.trim().replace(/^nhận kết quả\s+tại\s+/iu, '');
  return text ? capitalise(text) : receivingUnitName;
}

/** Số of the receipt: the dossier's entry in the day's register (code_sequence). */
export function receiptNumber(d: DossierEntity): string {
  return `${seq4(d.codeSequence)}/TNHS`;
}

export function receiptView(r: DossierRecord, trackingUrl: string, paper: PaperOptions = {}): ReceiptView {
  const d = r.dossier;
  const kinds = new Map(r.procedure.documents.map((doc) => [doc.name, doc.kind]));
  return {
    ...paper,
    unit: issuingUnit(r.receiving),
    number: receiptNumber(d),
    dossierCode: d.code,
    applicant: applicantOf(d),
    representative: d.representative
      ? { fullName: d.representative.fullName, idNumber: d.representative.idNumber, phone: d.representative.phone }
      : undefined,
    procedureName: r.procedure.name,
    documents: d.documents.map((doc) => {
      const kind = kinds.get(doc.name);
      return { name: doc.name, copies: doc.copies, form: kind ? KIND_WORDS[kind] : undefined };
    }),
    sets: d.setsCount,
    legalTime: legalTimeText(r.procedure),
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    resultCollection: resultCollectionText(r.procedure.resultDelivery, r.receiving.name),
    register: { entry: `${seq4(d.codeSequence)} ngày ${formatDateShortVi(d.receivedAt)}` },
    fee: feeTextOf(r.procedure),
    trackingUrl,
    receivingOfficer: { fullName: r.receivingOfficerName ?? undefined },
  };
}

export function supplementRequestView(r: DossierRecord, request: SupplementRequestEntity, paper: PaperOptions = {}): SupplementRequestView {
  const unit = r.receiving;
  return {
    ...paper,
    unit: issuingUnit(unit),
    number: `${two(request.number)}/YCBS`,
    issuedAt: request.requestedAt,
    dossierCode: r.dossier.code,
    applicant: applicantOf(r.dossier),
    procedureName: r.procedure.name,
    items: request.items.map((item) => ({ name: item.name, form: item.kind ? capitalise(KIND_WORDS[item.kind]) : undefined })),
    reason: request.reason,
    contact: { name: unit.name, phone: unit.phone || undefined },
    guidingOfficer: { fullName: request.requestedByName },
  };
}

/** Reasons written on the refusal event: `reasons: string[]`, or a single `reason`, or the dossier's end reason. */
export function refusalReasons(event: DossierEventEntity | null, d: DossierEntity): string[] {
  const data = event?.data ?? {};
  const listed = Array.isArray(data.reasons) ? data.reasons.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  if (listed.length) return listed;
  if (typeof data.reason === 'string' && data.reason.trim()) return [data.reason.trim()];
  return d.endReason ? [d.endReason] : [];
}

/** Form 03 for a dossier refused after appraisal (status 3), from the refusal event. */
export function dossierRefusalView(r: DossierRecord, event: DossierEventEntity | null, paper: PaperOptions = {}): RefusalView {
  const d = r.dossier;
  return {
    ...paper,
    unit: issuingUnit(r.resolving),
    number: `${seq4(d.codeSequence)}/TCGQ`,
    issuedAt: event?.occurredAt ?? d.endedAt ?? d.updatedAt,
    dossierCode: d.code,
    applicant: applicantOf(d),
    procedureName: r.procedure.name,
    reasons: refusalReasons(event, d),
    receivingOfficer: { fullName: event?.actorName },
  };
}

/** Form 03 for a refusal at the counter: no dossier, the numbering is the agency's own. */
export function intakeRefusalView(
  refusal: IntakeRefusalEntity,
  agency: AgencyEntity,
  procedure: Pick<ProcedureEntity, 'name'>,
  paper: PaperOptions = {},
): RefusalView {
  const a = refusal.applicant;
  return {
    ...paper,
    unit: issuingUnit(agency),
    number: `${two(refusal.number)}/TCHS`,
    issuedAt: refusal.refusedAt,
    applicant: { fullName: a.fullName, kind: a.kind, idNumber: a.idNumber, address: a.address, phone: a.phone, email: a.email },
    procedureName: procedure.name,
    reasons: refusal.reasons,
    receivingOfficer: { fullName: refusal.refusedByName },
  };
}

/** Form 05 for a stopped (8) or withdrawn (7) dossier, from the event that ended it. */
export function stopNoticeView(r: DossierRecord, event: DossierEventEntity | null, paper: PaperOptions = {}): StopNoticeView {
  const d = r.dossier;
  const at = event?.occurredAt ?? d.endedAt ?? d.updatedAt;
  const reason = typeof event?.data?.reason === 'string' && event.data.reason.trim() ? event.data.reason.trim() : (d.endReason ?? undefined);
  return {
    ...paper,
    agency: issuingUnit(r.resolving),
    number: `${seq4(d.codeSequence)}/TB-DGQ`,
    issuedAt: at,
    receivingUnitName: r.receiving.name,
    receivedAt: d.receivedAt,
    procedureName: inSentence(r.procedure.name),
    applicant: applicantOf(d),
    dossierCode: d.code,
    requestedAt: at,
    reason: reason ? inSentence(reason) : undefined,
    stoppedAt: at,
    documentsReturn: `Hồ sơ, giấy tờ Ông/Bà đã nộp được trả lại tại ${r.receiving.name}.`,
    head: { title: textOf(event?.data?.signerTitle) ?? 'THỦ TRƯỞNG CƠ QUAN', fullName: textOf(event?.data?.signerName) },
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const STEP_RESULTS: Record<NonNullable<DossierStepEntity['result']>, StepResult> = { early: 'early', on_time: 'onTime', late: 'late' };

/** Statuses after which no hand-off can follow: no blank rows are printed for them. */
const ENDED: number[] = [DossierStatus.Refused, DossierStatus.Withdrawn, DossierStatus.Stopped, DossierStatus.Returned];

/**
 * Form 06. Each row's result is the class of the giver's step as the receiving side recorded it
 * (handoverResult), printed with the deadline it was judged against: the previous row's.
 */
export function controlSlipView(r: DossierRecord, steps: DossierStepEntity[], paper: PaperOptions = {}): ControlSlipView {
  const d = r.dossier;
  const rows: ControlStep[] = steps.map((s, i) => ({
    from: { unit: s.fromUnit, officer: s.fromOfficer ?? undefined },
    to: { unit: s.toUnit, officer: s.toOfficer ?? undefined },
    handedOverAt: s.handedAt,
    stepDueAt: i > 0 ? steps[i - 1].deadlineAt : undefined,
    result: s.handoverResult ? STEP_RESULTS[s.handoverResult] : undefined,
    note: s.note ?? undefined,
  }));
  return {
    ...paper,
    unit: issuingUnit(r.receiving),
    issuedAt: d.receivedAt,
    dossierCode: d.code,
    resolvingUnit: r.resolving.name,
    coordinatingUnits: [],
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    steps: rows,
    blankRows: ENDED.includes(d.status) ? 0 : 3,
  };
}

export const RESULT_METHODS: Record<NonNullable<DossierEntity['returnMethod']>, string> = {
  counter: 'Trực tiếp',
  postal: 'Bưu chính công ích',
  online: 'Trực tuyến',
};

/** Form 07: one row per dossier received in the period, numbered from 1. */
export function registerView(
  agency: AgencyEntity,
  period: { from: Date; to: Date; issuedAt: Date },
  records: RegisterRecord[],
  paper: PaperOptions = {},
): RegisterView {
  return {
    ...paper,
    unit: issuingUnit(agency),
    from: period.from,
    to: period.to,
    issuedAt: period.issuedAt,
    rows: records.map(({ dossier: d, procedureName, resolvingAgencyName }) => ({
      dossierCode: d.code,
      procedureName,
      applicantName: d.applicantName,
      address: d.applicantAddress || undefined,
      phone: d.applicantPhone || undefined,
      resolvingAgency: resolvingAgencyName,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      returnedAt: d.returnedAt ?? undefined,
      resultMethod: d.returnMethod ? RESULT_METHODS[d.returnMethod] : undefined,
    })),
  };
}
