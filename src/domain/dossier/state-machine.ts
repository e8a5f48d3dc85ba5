import { DossierStatus, isDossierStatus, statusLabel } from './status';

/** What staff (or the applicant) can do to a dossier. */
export const DOSSIER_ACTIONS = [
  'receive',
  'refuse',
  'start_processing',
  'request_supplement',
  'receive_supplement',
  'request_payment',
  'payment_received',
  'resolve',
  'return_result',
  'stop',
  'withdraw',
] as const;

export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export type TransitionResult =
  | { ok: true; to: DossierStatus }
  | { ok: false; reason: string; code: 'ILLEGAL_TRANSITION' };

const { Registered, Received, Refused, Processing, SupplementRequested, PaymentRequested, Withdrawn, Stopped, Resolved, Returned } =
  DossierStatus;

/**
 * The whole transition table: status → action → next status. Anything absent is refused.
 *
 * | from | allowed actions (→ to) |
 * |---|---|
 * | 1 Mới đăng ký | receive→2, refuse→3, stop→8, withdraw→7 |
 * | 2 Được tiếp nhận | start_processing→4, request_supplement→5, resolve→9 (results on the spot), refuse→3, stop→8, withdraw→7 |
 * | 4 Đang xử lý | request_supplement→5, request_payment→6, resolve→9, refuse→3, stop→8, withdraw→7 |
 * | 5 Yêu cầu bổ sung | receive_supplement→4, stop→8, withdraw→7 |
 * | 6 Nghĩa vụ tài chính | payment_received→4, stop→8, withdraw→7 |
 * | 9 Đã xử lý xong | return_result→10 |
 * | 3, 7, 8, 10 | nothing (terminal) |
 *
 * Choices: a refusal (form 03) is possible at the counter (1) or after appraisal (2, 4), not while
 * waiting for the applicant (5, 6): then the applicant stops or withdraws. Stop (form 05) and
 * withdrawal are the applicant's, so they are allowed in every open status before a result exists,
 * never at 9 (the result exists). A supplement received goes back to 4 even when requested at 2,
 * since the dossier was handed on by then.
 */
const TABLE: Readonly<Record<DossierStatus, Partial<Record<DossierAction, DossierStatus>>>> = {
  [Registered]: { receive: Received, refuse: Refused, stop: Stopped, withdraw: Withdrawn },
  [Received]: {
    start_processing: Processing,
    request_supplement: SupplementRequested,
    resolve: Resolved,
    refuse: Refused,
    stop: Stopped,
    withdraw: Withdrawn,
  },
  [Refused]: {},
  [Processing]: {
    request_supplement: SupplementRequested,
    request_payment: PaymentRequested,
    resolve: Resolved,
    refuse: Refused,
    stop: Stopped,
    withdraw: Withdrawn,
  },
  [SupplementRequested]: { receive_supplement: Processing, stop: Stopped, withdraw: Withdrawn },
  [PaymentRequested]: { payment_received: Processing, stop: Stopped, withdraw: Withdrawn },
  [Withdrawn]: {},
  [Stopped]: {},
  [Resolved]: { return_result: Returned },
  [Returned]: {},
};

const ACTION_LABELS: Record<DossierAction, string> = {
  receive: 'tiếp nhận hồ sơ',
  refuse: 'từ chối tiếp nhận, giải quyết hồ sơ',
  start_processing: 'chuyển xử lý',
  request_supplement: 'yêu cầu bổ sung, hoàn thiện hồ sơ',
  receive_supplement: 'nhận hồ sơ bổ sung',
  request_payment: 'yêu cầu thực hiện nghĩa vụ tài chính',
  payment_received: 'xác nhận đã thực hiện nghĩa vụ tài chính',
  resolve: 'hoàn thành xử lý hồ sơ',
  return_result: 'trả kết quả',
  stop: 'dừng xử lý hồ sơ',
  withdraw: 'rút hồ sơ',
};

export function isDossierAction(value: unknown): value is DossierAction {
  return typeof value === 'string' && (DOSSIER_ACTIONS as readonly string[]).includes(value);
}

/** Vietnamese name of an action, lower case, for messages and the audit trail. */
export function actionLabel(action: DossierAction): string {
  return ACTION_LABELS[action];
}

export function transition(from: DossierStatus, action: DossierAction): TransitionResult {
  if (!isDossierStatus(from)) return refuse(`Trạng thái hồ sơ không hợp lệ: ${String(from)}.`);
  if (!isDossierAction(action)) return refuse(`Thao tác không hợp lệ: ${String(action)}.`);
  const to = TABLE[from][action];
  if (to !== undefined) return { ok: true, to };
  return refuse(refusalReason(from, action));
}

/** The actions allowed from a status, in the order of DOSSIER_ACTIONS; empty for terminal statuses. */
export function allowedActions(status: DossierStatus): DossierAction[] {
  if (!isDossierStatus(status)) return [];
  return DOSSIER_ACTIONS.filter((action) => TABLE[status][action] !== undefined);
}

function refusalReason(from: DossierStatus, action: DossierAction): string {
  const label = statusLabel(from);
  if (allowedActions(from).length === 0) {
    return `Hồ sơ đã kết thúc (trạng thái "${label}"), không thể ${actionLabel(action)}.`;
  }
  return `Không thể ${actionLabel(action)} khi hồ sơ đang ở trạng thái "${label}".`;
}

function refuse(reason: string): TransitionResult {
  return { ok: false, reason, code: 'ILLEGAL_TRANSITION' };
}
