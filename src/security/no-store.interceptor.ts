import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply as Response } from 'fastify';
import type { Observable } from 'rxjs';

/**
 * Staff answers carry personal data (names, identity numbers, phones): no cache, shared or the
 * browser's, may keep them. A handler that knows better (the console's static files, the public
 * look-up's revalidated answer) sets its own Cache-Control, which replaces this default.
 */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const response = context.switchToHttp().getResponse<Response>();
      if (!response.sent && !response.hasHeader('Cache-Control')) response.header('Cache-Control', 'no-store');
    }
    return next.handle();
  }
}
