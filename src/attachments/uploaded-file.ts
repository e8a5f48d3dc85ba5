import { DomainError } from '../common/errors/domain-error';
import { createHash } from 'node:crypto';
import { judgeMediaType, type StoredMediaType } from '../domain/digitisation';
import { FileContent } from './file-content';

/** The part of the uploaded file object we use (hashing memory storage: the chunks as they came and the SHA-256 computed while they streamed in). */
export interface UploadedPart {
  content: FileContent;
  mimetype: string;
  size: number;
  originalname: string;
  sha256?: string;
}

export interface CheckedFile {
  content: FileContent;
  mediaType: StoredMediaType;
  sha256: string;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Enough of the file's start for every signature judgeMediaType knows. */
const SNIFFED_BYTES = 64;

/**
 * The upload judged by its bytes: PDF, JPEG or PNG and the type the client declared, or 415 naming
 * the field. `accept` narrows the types (results are PDF only).
 */
export function checkUploadedFile(part: UploadedPart, accept: readonly StoredMediaType[] = ['application/pdf', 'image/jpeg', 'image/png']): CheckedFile {
  const verdict = judgeMediaType(part.content.head(SNIFFED_BYTES), part.mimetype);
  const allowed = accept.map((type) => type.replace(/^.*\//, '').toUpperCase()).join(', ');
  if (!verdict.ok) {
    const message =
      verdict.reason === 'mismatch'
        ? `Nội dung tệp là ${verdict.detected}, không khớp với kiểu đã khai báo ${part.mimetype}`
        : `Tệp không phải ${allowed} (kiểu tệp được xác định theo nội dung, không theo tên)`;
    throw unsupported(message);
  }
  if (!accept.includes(verdict.type)) throw unsupported(`Tệp phải là ${allowed}`);
  return { content: part.content, mediaType: verdict.type, sha256: part.sha256 ?? part.content.sha256() };
}

function unsupported(message: string): DomainError {
  return new DomainError('UNSUPPORTED_MEDIA_TYPE', message, [{ field: 'file', message }]);
}

/** Integrity of a stored file, checked on every read: a changed byte is never served. */
export function assertIntact(bytes: Buffer | null, expectedSha256: string, what: string): Buffer {
  if (bytes === null || sha256Hex(bytes) !== expectedSha256) {
    throw new DomainError('STORED_FILE_CORRUPT', `${what}: tệp lưu trữ không còn khớp mã SHA-256 đã ghi khi lưu (tệp bị thay đổi hoặc mất); không trả tệp này`);
  }
  return bytes;
}
