import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '../common/clock';
import { toLocalDate } from '../common/local-time';
import { ApiErrors } from '../common/openapi';
import { AgencyDirectory } from './agency-directory';
import { agencyView, procedureView } from './catalogue.views';
import { AgencyResponse } from './dto/agency.response';
import { ProcedureQueryDto } from './dto/procedure-query.dto';
import { ProcedureResponse } from './dto/procedure.response';
import { ProcedureCatalogue } from './procedure-catalogue';

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
}
