import { StreamableFile } from '@nestjs/common';
import { applyDecorators, Header } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { RenderedFile } from './slips.service';

export const PDF_MIME = 'application/pdf';

/** Printed forms carry personal data: never kept by shared caches or the browser. */
export const PrivateDocument = (mime: string) => applyDecorators(Header('Cache-Control', 'private, no-store'), ApiProduces(mime));

/** The file with its type and an ASCII file name; `inline` opens PDFs in the browser's viewer. */
export function documentFile(file: RenderedFile, type: string, disposition: 'inline' | 'attachment' = 'inline'): StreamableFile {
  return new StreamableFile(file.body, { type, disposition: `${disposition}; filename="${file.fileName}"`, length: file.body.length });
}
