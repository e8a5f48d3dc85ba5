/** Rule violations raised by services; mapped to HTTP in one place (HttpErrorFilter). */
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'RULE_VIOLATION';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
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

  static conflict(message: string): DomainError {
    return new DomainError('CONFLICT', message);
  }
}
