/** Services import the error model from here; it lives in the pure domain so the domain's own errors extend it. */
export { DomainError, type FieldError, type GeneralErrorCode as DomainErrorCode } from '../../domain/shared';
