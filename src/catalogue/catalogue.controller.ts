import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/clock';
import { toLocalDate } from '../common/local-time';
import { ApiErrors } from '../common/openapi';
import { AgencyDirectory } from './agency.repository';
import { agencyView, procedureView } from './catalogue.views';
import { AgencyResponse } from './dto/agency.response';
import { ProcedureQueryDto } from './dto/procedure-query.dto';
import { ProcedureSettingsDto } from './dto/procedure-settings.dto';
import { ProcedureResponse } from './dto/procedure.response';
import { ProcedureCatalogue } from './procedure.repository';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('api/v1')
export class CatalogueController {
  constructor(
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    private readonly clock: Clock,
  ) {}

  @Get('agencies')
  @ApiOperation({ summary: 'Every agency: service centres that receive dossiers and the authorities that resolve them (People’s Committees, departments, units)' })
  @ApiOkResponse({ type: [AgencyResponse] })
  @ApiErrors(401)
  async listAgencies() {
    return (await this.agencies.list()).map(agencyView);
  }

  @Get('procedures')
  @ApiOperation({ summary: "Procedures in force today, optionally for an agency's level and matching a search" })
  @ApiOkResponse({ type: [ProcedureResponse] })
  @ApiErrors(400, 401, [404, 'Unknown agencyCode'])
  async listProcedures(@Query() query: ProcedureQueryDto) {
    const level = query.agencyCode ? (await this.agencies.get(query.agencyCode)).level : undefined;
    const found = await this.procedures.inForce(toLocalDate(this.clock.now()), { level, q: query.q?.normalize('NFC') });
    return found.map(procedureView);
  }

  /** Catalogue settings are national data: a province-level administrator changes them. */
  @Roles('admin')
  @Put('procedures/:code/settings')
  @ApiOperation({ summary: "Set a procedure's supplement window (province-level admin): applies to its versions in force today or later, never to requests already made" })
  @ApiParam({ name: 'code', description: 'Procedure code', example: '1.004873' })
  @ApiOkResponse({ type: ProcedureResponse })
  @ApiErrors(400, 401, 403, 404)
  async putProcedureSettings(@Param('code') code: string, @Body() body: ProcedureSettingsDto, @CurrentUser() user: StaffUser) {
    const own = await this.agencies.get(user.agencyCode);
    if (own.level !== 'province') throw DomainError.forbidden('Procedure settings are set by a province-level administrator');
    return procedureView(await this.procedures.setSupplementWindow(code, toLocalDate(this.clock.now()), body.supplementWindowDays));
  }
}
