/**
 * Dossier statuses (trạng thái hồ sơ), numbered as DVCQG numbers them when dossiers are
 * synchronised with the national portal (DOMAIN.md §5).
 */
export const DossierStatus = {
  /** Mới đăng ký: registered (typically online), not yet accepted. */
  Registered: 1,
  /** Được tiếp nhận: accepted at the counter, receipt slip issued. */
  Received: 2,
  /** Không được tiếp nhận: refused at the counter or after appraisal (form 03). */
  Refused: 3,
  /** Đang xử lý: being processed by the resolving agency. */
  Processing: 4,
  /** Yêu cầu bổ sung giấy tờ: waiting for the applicant to supplement (form 02). */
  SupplementRequested: 5,
  /** Yêu cầu thực hiện nghĩa vụ tài chính: waiting for fees or taxes to be paid. */
  PaymentRequested: 6,
  /** Công dân yêu cầu rút hồ sơ: withdrawn by the applicant. */
  Withdrawn: 7,
  /** Dừng xử lý: stopped at the applicant's request (form 05). */
  Stopped: 8,
  /** Đã xử lý xong: resolved, result not yet handed over. */
  Resolved: 9,
  /** Đã trả kết quả: result returned to the applicant. */
  Returned: 10,
} as const;

export type DossierStatus = (typeof DossierStatus)[keyof typeof DossierStatus];

export const ALL_STATUSES: readonly DossierStatus[] = Object.values(DossierStatus);

const LABELS: Record<DossierStatus, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** Statuses after which the dossier can never change again. */
const CLOSED: ReadonlySet<DossierStatus> = new Set([3, 7, 8, 10]);

export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'number' && Object.prototype.hasOwnProperty.call(LABELS, value);
}

/** The Vietnamese label shown to people (slips, public page, reports). */
export function statusLabel(status: DossierStatus): string {
  return LABELS[status];
}

/**
 * True once processing has ended: resolved (9, even if the result is not yet returned), refused (3),
 * withdrawn (7), stopped (8) or returned (10). The end of processing is what reports and the
 * deadline clock care about (DOMAIN.md §5).
 */
export function isProcessingEnded(status: DossierStatus): boolean {
  return status === DossierStatus.Resolved || CLOSED.has(status);
}

/** True while processing goes on (the deadline clock runs or waits): the opposite of isProcessingEnded. */
export function isOpen(status: DossierStatus): boolean {
  return !isProcessingEnded(status);
}

/** True for terminal statuses (3, 7, 8, 10): no action is allowed any more. 9 is not closed: the result is still to be returned. */
export function isClosed(status: DossierStatus): boolean {
  return CLOSED.has(status);
}
