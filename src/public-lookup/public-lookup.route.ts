import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error';
import type { DirectRoute } from '../common/http/direct-route';
import { PublicLookupService } from './public-lookup.service';

type LookupRequest = FastifyRequest<{ Params: { code?: string }; Querystring: { t?: unknown; phone4?: unknown } }>;

/**
 * GET /api/v1/public/dossiers/:code, the JSON a citizen's phone polls: declared by
 * PublicLookupApiController, served directly by Fastify (common/http/direct-route.ts). Public, raw
 * strings in, so no guard, pipe or interceptor has anything to do here.
 */
@Injectable()
export class PublicLookupRoute implements DirectRoute {
  readonly method = 'GET';
  readonly url = '/api/v1/public/dossiers/:code';

  constructor(private readonly lookup: PublicLookupService) {}

  async handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { params, query } = request as LookupRequest;
    const outcome = await this.lookup.lookupJson(params.code, { token: query.t, phone4: query.phone4 }, request.ip);
    // The citizen's own browser may keep it but must ask again each time (If-None-Match → 304); no shared cache may.
    reply.header('Cache-Control', outcome.kind === 'found' ? 'private, no-cache' : 'no-store');
    if (outcome.kind === 'rate_limited') {
      reply.header('Retry-After', String(outcome.retryAfterSeconds));
      throw new HttpException('Too many failed look-ups; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (outcome.kind === 'not_found') throw DomainError.notFound('Dossier');
    const { json, etag } = outcome.answer;
    reply.header('ETag', etag);
    if (request.headers['if-none-match'] === etag) {
      await reply.code(HttpStatus.NOT_MODIFIED).send();
      return;
    }
    await reply.code(HttpStatus.OK).type('application/json; charset=utf-8').send(json);
  }
}
