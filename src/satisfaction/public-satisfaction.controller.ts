import { Body, Controller, HttpStatus, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { COMMENT_MAX_LENGTH, readSatisfactionInput, SATISFACTION_LEVELS } from '../domain/satisfaction';
import { PublicPageErrorFilter, sendPage, renderNotFound, renderTooManyAttempts, PublicLookupService } from '../public-lookup';
import { SatisfactionService } from './satisfaction.service';

/** The rating form of the citizen's QR status page (HTML, no script): posts here, comes back to the status page. */
@ApiTags('public')
@Public()
@UseFilters(PublicPageErrorFilter)
@Controller('tra-cuu')
export class PublicSatisfactionController {
  constructor(
    private readonly lookup: PublicLookupService,
    private readonly satisfaction: SatisfactionService,
  ) {}

  @Post(':code/danh-gia')
  @ApiOperation({
    summary: "The citizen rates a returned dossier from the QR status page (urlencoded form: t, level, comment?); 303 back to the status page",
    description:
      'Only the QR token authorises rating. A wrong token or an unknown code gets the same 404 page as the look-up and counts as a failed look-up (429 when blocked). ' +
      'A missing or unknown level, or a comment over 500 characters, gets the status page again (400) with the form, its error and what was sent. ' +
      'A dossier not yet returned or already rated is simply shown again (303).',
  })
  @ApiParam({ name: 'code', example: '000.17.22.H56-261123-0001' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['t', 'level'],
      properties: {
        t: { type: 'string', description: 'The tracking token from the QR code' },
        level: { type: 'string', enum: [...SATISFACTION_LEVELS] },
        comment: { type: 'string', maxLength: COMMENT_MAX_LENGTH },
      },
    },
  })
  @ApiProduces('text/html')
  @ApiResponse({ status: 303, description: 'Recorded (or nothing to record): see the status page, which now thanks the citizen' })
  @ApiResponse({ status: 400, description: 'The status page with the form and its error (HTML)' })
  @ApiResponse({ status: 404, description: 'Unknown code or wrong token (HTML, the look-up’s page)' })
  @ApiResponse({ status: 429, description: 'Too many failed look-ups from this client (HTML); see Retry-After' })
  async rate(@Param('code') code: string, @Body() body: Record<string, unknown> | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    const proof = await this.lookup.proveToken(code, body?.t, request.ip);
    if (proof.kind === 'not_found') return sendPage(response, HttpStatus.NOT_FOUND, renderNotFound());
    if (proof.kind === 'rate_limited') {
      response.header('Retry-After', String(proof.retryAfterSeconds));
      return sendPage(response, HttpStatus.TOO_MANY_REQUESTS, renderTooManyAttempts(proof.retryAfterSeconds));
    }
    const sent = { level: body?.level, comment: body?.comment };
    const input = readSatisfactionInput(sent);
    if (!input.ok) {
      return sendPage(response, HttpStatus.BAD_REQUEST, await this.lookup.ratingPage(proof.record, proof.token, { ...sent, errors: input.errors }));
    }
    try {
      await this.satisfaction.ratePublic(proof.record.id, input.value);
      this.lookup.forgetDossier(proof.record.id);
    } catch (error) {
      // Not returned yet, or rated meanwhile (another tab, the counter): the status page tells which.
      if (!(error instanceof DomainError && (error.code === 'CONFLICT' || error.code === 'RULE_VIOLATION'))) throw error;
    }
    response.header('Cache-Control', 'no-store');
    response.redirect(`/tra-cuu/${encodeURIComponent(proof.record.code)}?t=${encodeURIComponent(proof.token)}`, HttpStatus.SEE_OTHER);
  }
}
