import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';

const BINARY = { schema: { type: 'string', format: 'binary' } } as const;
const TEXT = { schema: { type: 'string' } } as const;

/** A 200 whose body is a file (PDF, XLSX, CSV) of one of the given media types. */
export function ApiFileResponse(description: string, ...mimes: string[]) {
  return applyDecorators(ApiProduces(...mimes), ApiResponse({ status: 200, description, content: Object.fromEntries(mimes.map((mime) => [mime, BINARY])) }));
}

/** A response whose body is text of one media type (an HTML page, the Prometheus exposition). */
export function ApiTextResponse(status: number, description: string, mime: string) {
  return applyDecorators(ApiProduces(mime), ApiResponse({ status, description, content: { [mime]: TEXT } }));
}
