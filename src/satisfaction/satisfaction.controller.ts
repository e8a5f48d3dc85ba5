import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/openapi';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { RateDossierDto } from './dto/rate-dossier.dto';
import { SatisfactionRatingResponse } from './dto/satisfaction-rating.response';
import { SatisfactionService } from './satisfaction.service';

/** Staff record the citizen's satisfaction at result return (QĐ 766 indicator 5.4), and read it back. */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiParam({ name: 'code', example: '000.17.22.H56-261123-0001' })
@Controller('api/v1/dossiers/:code/satisfaction')
export class SatisfactionController {
  constructor(private readonly satisfaction: SatisfactionService) {}

  @Post()
  @Roles('counter', 'admin')
  @ApiOperation({
    summary: "Records the applicant's satisfaction with a returned dossier (status 10), once per dossier",
    description:
      'Counter staff record the level the applicant chose when collecting the result (source `counter`); the audit trail gets a `satisfaction_rated` event. ' +
      'The citizen can also rate on the QR status page (source `public`).',
  })
  @ApiCreatedResponse({ type: SatisfactionRatingResponse })
  @ApiErrors(
    [400, 'Unknown level, or a comment that is not text or longer than 500 characters; `errors` names the field'],
    401,
    [403, 'Not a counter or admin account'],
    [404, "Unknown dossier, or another agency's"],
    [409, 'The result has not been returned yet (status other than 10)'],
    [422, 'The dossier was already rated'],
  )
  rate(@Param('code') code: string, @Body() body: RateDossierDto, @CurrentUser() user: StaffUser) {
    return this.satisfaction.rateAtCounter(code, body, user);
  }

  @Get()
  @ApiOperation({ summary: "A dossier's satisfaction rating" })
  @ApiOkResponse({ type: SatisfactionRatingResponse })
  @ApiErrors(401, [404, 'Unknown dossier, not visible to the caller, or not rated yet'])
  find(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return this.satisfaction.find(code, user);
  }
}
