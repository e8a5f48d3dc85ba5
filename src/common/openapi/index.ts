export { ApiErrors, type ErrorStatus } from './api-errors.decorator';
export { ApiFileResponse, ApiTextResponse } from './api-content.decorator';
export { ErrorResponse, FieldErrorResponse } from './error.response';
export { PageResponse } from './page.response';
