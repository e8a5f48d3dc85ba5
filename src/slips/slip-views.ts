/**
 * Stored records → the forms' view models. Pure: every date comes from the records (never "now"),
 * so the same rows always print the same bytes.
 */
import type { AgencyEntity, DurationUnit, ProcedureEntity, RequiredDocument } from '../catalogue';
import { DossierStatus } from '../domain/dossier';
import { capitalise } from '../locale';
import type { DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from '../dossiers';
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
} from '../documents';
import { contentInstant, contentText, DocumentSubject, numberOf, PLACEHOLDER_HEAD_TITLE, type IssuedDocument } from '../dossiers';
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

/** The document issued about `subject`, if any (none for rows written before numbering existed). */
function issuedFor(r: DossierRecord, subject: string): IssuedDocument | undefined {
  return r.issued.find((doc) => doc.subject === subject);
}

/** The dossier's latest form 01: the receipt, or the new one a restart after a supplement issued. */
export function latestReceipt(r: DossierRecord): IssuedDocument | undefined {
  return r.issued.filter((doc) => doc.form === 'receipt').at(-1);
}

/** The issuing body of a document: the receiving centre or the resolving authority. */
function issuerOf(r: DossierRecord, doc: IssuedDocument | undefined, fallback: AgencyEntity): AgencyEntity {
  if (!doc) return fallback;
  return doc.issuerCode === r.receiving.code ? r.receiving : r.resolving;
}

/** "01/2026": the register book (quyển số) of the receipt year. */
export function registerBookLabel(d: Pick<DossierEntity, 'registerBook' | 'registerYear'>): string {
  return `${two(d.registerBook)}/${d.registerYear}`;
}

/**
 * Form 01 as issued: its own number, date and appointment (an apology later moves the appointment
 * on form 04, never here); after a restart, the new receipt with its own date and appointment.
 */
export function receiptView(r: DossierRecord, trackingUrl: string, paper: PaperOptions = {}): ReceiptView {
  const d = r.dossier;
  const kinds = new Map(r.procedure.documents.map((doc) => [doc.name, doc.kind]));
  const receipt = latestReceipt(r);
  return {
    ...paper,
    unit: issuingUnit(r.receiving),
    number: numberOf(receipt),
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
    receivedAt: contentInstant(receipt, 'receivedAt') ?? d.receivedAt,
    dueAt: contentInstant(receipt, 'dueAt') ?? d.originalDueAt,
    resultCollection: resultCollectionText(r.procedure.resultDelivery, r.receiving.name),
    register: { book: registerBookLabel(d), entry: String(d.registerEntry) },
    fee: feeTextOf(r.procedure),
    trackingUrl,
    receivingOfficer: { fullName: r.receivingOfficerName ?? undefined },
  };
}

/** Form 02 from the body that issued it: the counter, or the resolving authority during appraisal. */
export function supplementRequestView(r: DossierRecord, request: SupplementRequestEntity, paper: PaperOptions = {}): SupplementRequestView {
  const doc = issuedFor(r, DocumentSubject.supplementRequest(r.dossier.id, request.number));
  const unit = issuerOf(r, doc, r.receiving);
  return {
    ...paper,
    unit: issuingUnit(unit),
    receivingUnitName: unit === r.receiving ? undefined : r.receiving.name,
    number: numberOf(doc),
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
  const doc = issuedFor(r, DocumentSubject.refusal(d.id));
  const unit = issuerOf(r, doc, r.resolving);
  const headTitle = contentText(doc, 'signerTitle');
  return {
    ...paper,
    unit: issuingUnit(unit),
    receivingUnitName: unit === r.receiving ? undefined : r.receiving.name,
    number: numberOf(doc),
    head: headTitle ? { title: headTitle } : undefined,
    issuedAt: event?.occurredAt ?? d.endedAt ?? d.updatedAt,
    dossierCode: d.code,
    applicant: applicantOf(d),
    procedureName: r.procedure.name,
    reasons: refusalReasons(event, d),
    receivingOfficer: { fullName: event?.actorName },
  };
}

/** Form 03 for a refusal at the counter: no dossier; numbered among the centre's documents of the year. */
export function intakeRefusalView(
  refusal: IntakeRefusalEntity,
  agency: AgencyEntity,
  procedure: Pick<ProcedureEntity, 'name'>,
  paper: PaperOptions = {},
  issued?: IssuedDocument | null,
): RefusalView {
  const a = refusal.applicant;
  return {
    ...paper,
    unit: issuingUnit(agency),
    number: numberOf(issued) ?? `${two(refusal.number)}/TCHS`,
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
  const doc = issuedFor(r, DocumentSubject.ending(d.id));
  return {
    ...paper,
    ending: d.status === DossierStatus.Withdrawn ? 'withdrawal' : 'stop',
    agency: issuingUnit(issuerOf(r, doc, r.resolving)),
    number: numberOf(doc),
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
    head: {
      title: contentText(doc, 'signerTitle') ?? textOf(event?.data?.signerTitle) ?? (r.resolving.headTitle.trim() || PLACEHOLDER_HEAD_TITLE),
      fullName: contentText(doc, 'signerName') ?? textOf(event?.data?.signerName),
    },
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
    dueAt: d.originalDueAt,
    rescheduledDueAt: rescheduled(d),
    steps: rows,
    blankRows: ENDED.includes(d.status) ? 0 : 3,
  };
}

export const RESULT_METHODS: Record<NonNullable<DossierEntity['returnMethod']>, string> = {
  counter: 'Trực tiếp',
  postal: 'Bưu chính công ích',
  online: 'Trực tuyến',
};

/** The appointment an apology set, when it differs from the receipt's (originalDueAt). */
function rescheduled(d: DossierEntity): Date | undefined {
  return d.dueAt.getTime() !== d.originalDueAt.getTime() ? d.dueAt : undefined;
}

const ENDINGS: Partial<Record<DossierStatus, string>> = {
  [DossierStatus.Refused]: 'Từ chối',
  [DossierStatus.Withdrawn]: 'Rút hồ sơ',
  [DossierStatus.Stopped]: 'Dừng giải quyết',
};

/** How a dossier without a returned result ended, or where it stands. */
export function registerOutcome(d: DossierEntity): { label: string; at?: Date } | undefined {
  const ending = ENDINGS[d.status as DossierStatus];
  if (ending) return { label: ending, at: d.endedAt ?? undefined };
  if (d.resolvedAt) return { label: d.outcome === 'rejected' ? 'Không chấp thuận, chờ trả' : 'Có kết quả, chờ trả', at: d.resolvedAt };
  if (d.status === DossierStatus.SupplementRequested) return { label: 'Chờ bổ sung' };
  return { label: 'Đang giải quyết' };
}

/** The books a period's entries belong to: "01/2026", or "01/2025, 01/2026" across a new year. */
function bookLabels(records: RegisterRecord[]): string | undefined {
  const labels = [...new Set(records.map(({ dossier }) => registerBookLabel(dossier)))];
  return labels.length ? labels.join(', ') : undefined;
}

/** Form 07: one row per dossier received in the period, under its entry number in the year's book. */
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
    book: bookLabels(records),
    rows: records.map(({ dossier: d, procedureName, resolvingAgencyName }) => ({
      no: d.registerEntry,
      dossierCode: d.code,
      procedureName,
      applicantName: d.applicantName,
      address: d.applicantAddress || undefined,
      phone: d.applicantPhone || undefined,
      resolvingAgency: resolvingAgencyName,
      receivedAt: d.receivedAt,
      dueAt: d.originalDueAt,
      rescheduledDueAt: rescheduled(d),
      returnedAt: d.returnedAt ?? undefined,
      outcome: d.returnedAt ? undefined : registerOutcome(d),
      resultMethod: d.returnMethod ? RESULT_METHODS[d.returnMethod] : undefined,
    })),
  };
}
