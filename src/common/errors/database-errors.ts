import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

/**
 * PostgreSQL's integrity and data errors, as coded domain errors naming the field: a request that
 * names an unknown officer, repeats a unique value or breaks a CHECK is the caller's mistake (4xx),
 * whatever service let it reach the database. Other database errors stay unknown (500, logged).
 */
export function fromDatabaseError(exception: unknown): DomainError | undefined {
  const error = exception instanceof QueryFailedError ? exception.driverError : exception;
  if (!(error instanceof DatabaseError) || !error.code) return undefined;
  const field = fieldOf(error);
  switch (error.code) {
    case '23503': // foreign_key_violation
      return /still referenced/.test(error.detail ?? '')
        ? DomainError.conflict(`${field} is still referenced by other records`, field)
        : DomainError.invalid(field, 'no such record');
    case '23505': // unique_violation
      return DomainError.conflict(`${field}: a record with this value already exists`, field);
    case '23502': // not_null_violation
      return DomainError.invalid(field, 'is required');
    case '23514': // check_violation
    case '23P01': // exclusion_violation
      return DomainError.invalid(field, 'is not an allowed value');
    case '22001': // string_data_right_truncation
      return DomainError.invalid(field, 'is too long');
    case '22003': // numeric_value_out_of_range
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
    case '22P02': // invalid_text_representation
      return DomainError.invalid(field, 'is not a valid value');
    default:
      return undefined;
  }
}

/** The API's name of the column at fault: PostgreSQL's column, the key of its detail, or the constraint's middle part. */
function fieldOf(error: DatabaseError): string {
  const keyColumn = /^Key \(([^)]+)\)/.exec(error.detail ?? '')?.[1];
  const column = error.column ?? keyColumn?.split(', ')[0] ?? columnOfConstraint(error.constraint, error.table);
  return column ? camelCase(column) : 'body';
}

/** "dossier_steps_to_user_id_fkey" on dossier_steps → "to_user_id". */
function columnOfConstraint(constraint: string | undefined, table: string | undefined): string | undefined {
  if (!constraint) return undefined;
  const withoutTable = table && constraint.startsWith(`${table}_`) ? constraint.slice(table.length + 1) : constraint;
  return withoutTable.replace(/_(fkey|key|check|excl|pkey)$/, '') || undefined;
}

const camelCase = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
