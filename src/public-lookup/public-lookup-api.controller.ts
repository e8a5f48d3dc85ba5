import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { ApiErrors } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { PublicDossierResponse } from './public-dossier.response';
import { PublicLookupRoute } from './public-lookup.route';

/** Declares the public JSON look-up; the HTTP app serves it without Nest's pipeline (PublicLookupRoute). */
@ApiTags('public')
@Public()
@Controller('api/v1/public/dossiers')
export class PublicLookupApiController {
  constructor(private readonly route: PublicLookupRoute) {}

  @Get(':code')
  @ApiOperation({ summary: "A dossier's public status, opened by the QR token or the last 4 digits of the applicant's phone" })
  @ApiDossierCode()
  @ApiQuery({ name: 't', required: false, description: 'The tracking token from the QR code' })
  @ApiQuery({ name: 'phone4', required: false, description: "Last 4 digits of the applicant's phone number" })
  @ApiOkResponse({ type: PublicDossierResponse })
  @ApiErrors([404, 'Unknown code, or a wrong or missing token or phone4 (one answer for all)'], [429, 'Too many failed look-ups from this client; see Retry-After'])
  async dossier(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.route.handle(request, response);
  }
}
