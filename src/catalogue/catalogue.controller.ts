import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Clock } from '../common/clock';
import { toLocalDate } from '../common/local-time';
import { AgencyDirectory } from './agency-directory';
import { agencyView, procedureView } from './catalogue.views';
import { ProcedureQueryDto } from './dto/procedure-query.dto';
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
  async listAgencies() {
    return (await this.agencies.list()).map(agencyView);
  }

  @Get('procedures')
  async listProcedures(@Query() query: ProcedureQueryDto) {
    const level = query.agencyCode ? (await this.agencies.get(query.agencyCode)).level : undefined;
    const found = await this.procedures.inForce(toLocalDate(this.clock.now()), { level, q: query.q?.normalize('NFC') });
    return found.map(procedureView);
  }
}
