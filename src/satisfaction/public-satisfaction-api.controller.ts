import { Body, Controller, HttpException, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/openapi';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { PublicLookupService } from '../public-lookup';
import { RateDossierDto } from './dto/rate-dossier.dto';
import { SatisfactionRatingResponse } from './dto/satisfaction-rating.response';
import { SatisfactionRatingView, SatisfactionService } from './satisfaction.service';

/** The JSON twin of the QR page's rating form. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/dossiers')
export class PublicSatisfactionApiController {
  constructor(
    private readonly lookup: PublicLookupService,
    private readonly satisfaction: SatisfactionService,
  ) {}

  @Post(':code/satisfaction')
  @ApiOperation({
    summary: 'The citizen rates a returned dossier with the QR token (source `public`), once per dossier',
    description: 'Only the QR token authorises rating, never the phone digits. A wrong token or an unknown code is a failed look-up: the same 404, counted by the look-up limiter.',
  })
  @ApiParam({ name: 'code', example: '000.17.22.H56-261123-0001' })
  @ApiQuery({ name: 't', required: true, description: 'The tracking token from the QR code' })
  @ApiCreatedResponse({ type: SatisfactionRatingResponse })
  @ApiErrors(
    [400, 'Unknown level, or a comment that is not text or longer than 500 characters; `errors` names the field'],
    [404, 'Unknown code, or a wrong or missing token (one answer for all)'],
    [409, 'The result has not been returned yet'],
    [422, 'The dossier was already rated'],
    [429, 'Too many failed look-ups from this client; see Retry-After'],
  )
  async rate(
    @Param('code') code: string,
    @Query('t') token: unknown,
    @Body() body: RateDossierDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SatisfactionRatingView> {
    response.header('Cache-Control', 'no-store');
    const proof = await this.lookup.proveToken(code, token, request.ip);
    if (proof.kind === 'rate_limited') {
      response.header('Retry-After', String(proof.retryAfterSeconds));
      throw new HttpException('Too many failed look-ups; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (proof.kind === 'not_found') throw DomainError.notFound('Dossier');
    const rating = await this.satisfaction.ratePublic(proof.record.id, body);
    this.lookup.forgetDossier(proof.record.id);
    return rating;
  }
}
