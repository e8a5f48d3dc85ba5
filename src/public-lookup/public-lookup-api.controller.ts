import { Controller, Get, HttpException, HttpStatus, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { ApiErrors } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { PublicDossierResponse } from './public-dossier.response';
import { PublicLookupService } from './public-lookup.service';

@ApiTags('public')
@Public()
@Controller('api/v1/public/dossiers')
export class PublicLookupApiController {
  constructor(private readonly lookup: PublicLookupService) {}

  @Get(':code')
  @ApiOperation({ summary: "A dossier's public status, opened by the QR token or the last 4 digits of the applicant's phone" })
  @ApiDossierCode()
  @ApiQuery({ name: 't', required: false, description: 'The tracking token from the QR code' })
  @ApiQuery({ name: 'phone4', required: false, description: "Last 4 digits of the applicant's phone number" })
  @ApiOkResponse({ type: PublicDossierResponse })
  @ApiErrors([404, 'Unknown code, or a wrong or missing token or phone4 (one answer for all)'], [429, 'Too many failed look-ups from this client; see Retry-After'])
  async dossier(
    @Param('code') code: string,
    @Query('t') token: unknown,
    @Query('phone4') phone4: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await this.lookup.lookupJson(code, { token, phone4 }, request.ip);
    // The citizen's own browser may keep it but must ask again each time (If-None-Match → 304); no shared cache may.
    response.header('Cache-Control', outcome.kind === 'found' ? 'private, no-cache' : 'no-store');
    if (outcome.kind === 'rate_limited') {
      response.header('Retry-After', String(outcome.retryAfterSeconds));
      throw new HttpException('Too many failed look-ups; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (outcome.kind === 'not_found') throw DomainError.notFound('Dossier');
    const { json, etag } = outcome.answer;
    response.header('ETag', etag);
    if (request.headers['if-none-match'] === etag) {
      response.status(HttpStatus.NOT_MODIFIED).send();
      return;
    }
    response.status(HttpStatus.OK).type('application/json; charset=utf-8').send(json);
  }
}
