import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
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
  form(@Res() response: Response): void {
    sendPage(response, HttpStatus.OK, renderLookupForm());
  }

  @Post()
  @ApiOperation({ summary: 'Submits the look-up form (code, phone4; urlencoded) and answers with the status page (HTML)' })
  async submit(@Body() body: Record<string, unknown> | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    const proof: LookupProof = { phone4: body?.phone4 };
    this.answer(response, await this.lookup.lookup(body?.code, proof, request.ip));
  }

  @Get(':code')
  @ApiOperation({ summary: 'The status page the QR code on the giấy hẹn opens (HTML)' })
  @ApiQuery({ name: 't', required: true, description: 'The tracking token from the QR code' })
  async page(@Param('code') code: string, @Query('t') token: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.answer(response, await this.lookup.lookup(code, { token }, request.ip));
  }

  private answer(response: Response, outcome: LookupOutcome): void {
    switch (outcome.kind) {
      case 'found':
        return sendPage(response, HttpStatus.OK, outcome.rendering.html);
      case 'rate_limited':
        response.setHeader('Retry-After', String(outcome.retryAfterSeconds));
        return sendPage(response, HttpStatus.TOO_MANY_REQUESTS, renderTooManyAttempts(outcome.retryAfterSeconds));
      case 'not_found':
        return sendPage(response, HttpStatus.NOT_FOUND, renderNotFound());
    }
  }
}
