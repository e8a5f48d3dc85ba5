export { DomainError, type FieldError, type GeneralErrorCode } from './domain-error';
