/**
 * The one error model: every rule a service or the domain refuses is a DomainError with a code and
 * a message (and, for bad input, the fields at fault). The HTTP layer maps codes to statuses in one
 * place (src/common/errors/http-error.filter.ts); nothing else decides a status.
 */
export type GeneralErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'RULE_VIOLATION'
  /** A file whose bytes are not of an accepted type (judged from the bytes, not the name). */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** A stored file no longer matches the SHA-256 recorded when it was stored: never served; the message says so. */
  | 'STORED_FILE_CORRUPT'
  /** An inconsistency of our own data (not the caller's fault): answered 500 and logged. */
  | 'INTERNAL';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError<Code extends string = GeneralErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('INVALID_INPUT', `${field}: ${message}`, [{ field, message }]);
  }

  static forbidden(message = 'Not allowed for your role or agency'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static rule(message: string, field?: string): DomainError {
    return new DomainError('RULE_VIOLATION', message, field ? [{ field, message }] : []);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError('CONFLICT', message, field ? [{ field, message }] : []);
  }
}
