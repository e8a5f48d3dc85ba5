import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply as Response } from 'fastify';
import { DomainError } from '../common/errors/domain-error';
import { toErrorBody } from '../common/errors/http-error.filter';
import { PUBLIC_PAGE_CSP, renderNotFound, renderUnavailable } from './public-pages.html';

/** Sends one of the citizen's pages with its own CSP (inline style allowed by hash only) and no caching. */
export function sendPage(response: Response, status: number, html: string): void {
  response
    .status(status)
    .header('Content-Security-Policy', PUBLIC_PAGE_CSP)
    .header('Cache-Control', 'no-store')
    .header('X-Robots-Tag', 'noindex, nofollow')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** Whatever goes wrong behind a citizen's page, the answer is a Vietnamese page: never a stack trace or internals. */
@Catch()
export class PublicPageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('PublicPages');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { statusCode } = toErrorBody(exception);
    // A citizen's page says "not found" (404) or "cannot show this" (400) for any refusal of the request.
    const status = exception instanceof DomainError && statusCode < 500 ? 400 : statusCode;
    if (status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      return sendPage(response, 503, renderUnavailable());
    }
    sendPage(response, status === 404 ? 404 : 400, renderNotFound());
  }
}
