import { Controller, Get, HttpException, HttpStatus, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { ApiErrors, ApiFileResponse } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { ResultsService } from '../results';
import { PublicLookupService } from './public-lookup.service';

/** The citizen downloads a signed result with the QR token (never with the phone digits). */
@ApiTags('public')
@Public()
@Controller('api/v1/public/dossiers/:code/results')
export class PublicResultsController {
  constructor(
    private readonly lookup: PublicLookupService,
    private readonly results: ResultsService,
  ) {}

  @Get(':id.pdf')
  @ApiOperation({ summary: 'Download a signed electronic result with the QR token (the download is recorded)' })
  @ApiDossierCode()
  @ApiParam({ name: 'id', format: 'uuid', description: 'Result id, as listed by the public look-up' })
  @ApiQuery({ name: 't', required: true, description: 'The tracking token from the QR code' })
  @ApiFileResponse('The signed PDF', 'application/pdf')
  @ApiErrors([404, 'Unknown code or result, or a wrong or missing token (one answer for all)'], [429, 'Too many failed look-ups from this client; see Retry-After'])
  async download(@Param('code') code: string, @Param('id') id: string, @Query('t') token: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = await this.lookup.proveToken(code, token, request.ip);
    response.header('Cache-Control', 'no-store');
    if (outcome.kind === 'rate_limited') {
      response.header('Retry-After', String(outcome.retryAfterSeconds));
      throw new HttpException('Too many failed look-ups; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (outcome.kind === 'not_found') throw DomainError.notFound('Result');
    const { result, bytes } = await this.results.publicDownload(outcome.record.id, id, request.ip);
    response
      .status(HttpStatus.OK)
      .type('application/pdf')
      .header('Content-Disposition', `attachment; filename="${result.code.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf"`);
    response.send(bytes);
  }
}
