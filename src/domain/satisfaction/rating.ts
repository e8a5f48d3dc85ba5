import { DossierStatus, isDossierStatus, statusLabel } from '../dossier';
import { isSatisfactionLevel, SATISFACTION_LEVELS, type SatisfactionLevel } from './levels';

/** A dossier is rated once its result was handed over (status 10), and only once. */
export const RATEABLE_STATUSES: readonly DossierStatus[] = [DossierStatus.Returned];

/** The optional comment's limit, in characters (Unicode code points of the NFC text). */
export const COMMENT_MAX_LENGTH = 500;

export function isRateable(status: number): boolean {
  return isDossierStatus(status) && RATEABLE_STATUSES.includes(status);
}

/** Why a dossier in `status` cannot be rated yet, or null when it can. */
export function whyNotRateable(status: number): string | null {
  if (isRateable(status)) return null;
  const label = isDossierStatus(status) ? statusLabel(status) : `trạng thái ${status}`;
  return `Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ này đang ở trạng thái "${label}"`;
}

export interface SatisfactionInput {
  level: SatisfactionLevel;
  /** NFC, trimmed, at most COMMENT_MAX_LENGTH characters; null when none was given. */
  comment: string | null;
}

export interface SatisfactionFieldError {
  field: 'level' | 'comment';
  message: string;
}

export type SatisfactionInputResult = { ok: true; value: SatisfactionInput } | { ok: false; errors: SatisfactionFieldError[] };

/**
 * Reads a rating as received (JSON body or HTML form, so anything): the level must be one of the
 * five codes; the comment is optional text, stored as NFC with surrounding blanks removed and
 * control characters other than line breaks and tabs refused.
 */
export function readSatisfactionInput(raw: { level?: unknown; comment?: unknown }): SatisfactionInputResult {
  const errors: SatisfactionFieldError[] = [];
  const level = raw.level;
  if (level === undefined || level === null || level === '') {
    errors.push({ field: 'level', message: 'Vui lòng chọn một mức độ hài lòng' });
  } else if (!isSatisfactionLevel(level)) {
    errors.push({ field: 'level', message: `Mức độ hài lòng phải là một trong: ${SATISFACTION_LEVELS.join(', ')}` });
  }
  const comment = readComment(raw.comment);
  if (typeof comment === 'object' && comment !== null) errors.push(comment);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { level: level as SatisfactionLevel, comment: comment as string | null } };
}

function readComment(value: unknown): string | null | SatisfactionFieldError {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return { field: 'comment', message: 'Góp ý phải là một đoạn văn bản' };
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (text === '') return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) return { field: 'comment', message: 'Góp ý có ký tự không hợp lệ' };
  const length = [...text].length;
  if (length > COMMENT_MAX_LENGTH) {
    return { field: 'comment', message: `Góp ý tối đa ${COMMENT_MAX_LENGTH} ký tự (đang có ${length})` };
  }
  return text;
}
