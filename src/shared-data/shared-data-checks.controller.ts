import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { RecordSharedDataCheckDto } from './dto/record-shared-data-check.dto';
import { SharedDataCheckResponse } from './dto/shared-data-check.response';
import { SharedDataChecksService } from './shared-data-checks.service';

/** Checks of the applicant's data against shared national databases (QĐ 766 indicator 4.4). */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiDossierCode()
@Controller('api/v1/dossiers/:code/shared-data-checks')
export class SharedDataChecksController {
  constructor(private readonly checks: SharedDataChecksService) {}

  @Post()
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({
    summary: 'Record a check of the applicant’s data against a shared national database (counter, officer, head, admin)',
    description: 'Kept as history (never changed). A check the database answered counts toward QĐ 766 indicator 4.4; an outage (`unavailable`) does not.',
  })
  @ApiCreatedResponse({ type: SharedDataCheckResponse })
  @ApiErrors([400, 'Unknown source or outcome, or a reference longer than 100 characters; `errors` names the field'], 401, 403, [404, "Unknown dossier, or another agency's"])
  record(@Param('code') code: string, @Body() body: RecordSharedDataCheckDto, @CurrentUser() user: StaffUser) {
    return this.checks.record(code, body, user);
  }

  @Get()
  @ApiOperation({ summary: 'The shared-data checks of a dossier, oldest first' })
  @ApiOkResponse({ type: SharedDataCheckResponse, isArray: true })
  @ApiErrors(401, [404, "Unknown dossier, or another agency's"])
  list(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return this.checks.list(code, user);
  }
}
