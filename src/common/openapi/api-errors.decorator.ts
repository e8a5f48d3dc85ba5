import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ErrorResponse } from './error.response';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

const MEANING: Record<ErrorStatus, string> = {
  400: 'Malformed input; `errors` lists the fields',
  401: 'Missing, unknown or expired bearer token',
  403: "Outside the caller's role or agency",
  404: 'Unknown, or not visible to the caller',
  409: "Conflicts with the dossier's state or an existing record",
  413: 'The uploaded file is over the size limit',
  415: 'The file is not of an accepted type (judged from its bytes), or not the declared one',
  422: 'Well-formed, but breaks a rule',
  429: 'Too many requests from this client; see Retry-After',
};

/**
 * Documents error responses with the shared ErrorResponse body, always as JSON (even on operations
 * that produce PDF or HTML). A description may replace the generic meaning of a status.
 */
export function ApiErrors(...statuses: Array<ErrorStatus | [ErrorStatus, string]>) {
  return applyDecorators(
    ApiExtraModels(ErrorResponse),
    ...statuses.map((entry) => {
      const [status, description] = Array.isArray(entry) ? entry : [entry, MEANING[entry]];
      return ApiResponse({ status, description, content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } } });
    }),
  );
}
