import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { ApiTextResponse } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { PublicPageErrorFilter, sendPage } from './public-page-error.filter';
import { renderLookupForm, renderNotFound, renderTooManyAttempts } from './public-pages.html';
import { LookupOutcome, LookupProof, PublicLookupService } from './public-lookup.service';

/** The citizen's HTML pages: the status page the QR opens, and the manual look-up form. */
@ApiTags('public')
@ApiProduces('text/html')
@Public()
@UseFilters(PublicPageErrorFilter)
@Controller('tra-cuu')
export class PublicPagesController {
  constructor(private readonly lookup: PublicLookupService) {}

  @Get()
  @ApiOperation({ summary: 'Look-up form: dossier code and the last 4 digits of the phone number (HTML)' })
  @ApiTextResponse(200, 'The form (HTML, Vietnamese)', 'text/html')
  form(@Res() response: Response): void {
    sendPage(response, HttpStatus.OK, renderLookupForm());
  }

  @Post()
  @ApiOperation({ summary: 'Submits the look-up form (code, phone4; urlencoded) and answers with the status page (HTML)' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['code', 'phone4'],
      properties: {
        code: { type: 'string', example: '000.17.22.H56-261123-0001' },
        phone4: { type: 'string', pattern: '^\\d{4}$', example: '5678', description: "Last 4 digits of the applicant's phone number" },
      },
    },
  })
  @ApiTextResponse(200, 'The status page (HTML)', 'text/html')
  @ApiTextResponse(404, 'Unknown code or wrong digits: one page for both (HTML)', 'text/html')
  @ApiTextResponse(429, 'Too many failed look-ups from this client; see Retry-After (HTML)', 'text/html')
  async submit(@Body() body: Record<string, unknown> | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    const proof: LookupProof = { phone4: body?.phone4 };
    this.answer(response, await this.lookup.lookup(body?.code, proof, request.ip));
  }

  @Get(':code')
  @ApiOperation({ summary: 'The status page the QR code on the giấy hẹn opens (HTML)' })
  @ApiDossierCode()
  @ApiQuery({ name: 't', required: true, description: 'The tracking token from the QR code' })
  @ApiTextResponse(200, 'The status page (HTML, Vietnamese, phone-sized)', 'text/html')
  @ApiTextResponse(404, 'Unknown code or wrong token: one page for both (HTML)', 'text/html')
  @ApiTextResponse(429, 'Too many failed look-ups from this client; see Retry-After (HTML)', 'text/html')
  async page(@Param('code') code: string, @Query('t') token: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.answer(response, await this.lookup.lookup(code, { token }, request.ip));
  }

  private answer(response: Response, outcome: LookupOutcome): void {
    switch (outcome.kind) {
      case 'found':
        return sendPage(response, HttpStatus.OK, outcome.rendering.html);
      case 'rate_limited':
        response.header('Retry-After', String(outcome.retryAfterSeconds));
        return sendPage(response, HttpStatus.TOO_MANY_REQUESTS, renderTooManyAttempts(outcome.retryAfterSeconds));
      case 'not_found':
        return sendPage(response, HttpStatus.NOT_FOUND, renderNotFound());
    }
  }
}
