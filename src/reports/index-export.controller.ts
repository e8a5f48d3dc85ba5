import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { StaffUser } from '../auth/staff-user';
import { ReportPeriodQueryDto } from './dto/report-query.dto';
import { IndexExportService } from './index-export.service';
import { ReportScopes } from './report-scope';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Roles('manager', 'head', 'admin')
@Controller('api/v1/index-export')
export class IndexExportController {
  constructor(
    private readonly exports: IndexExportService,
    private readonly reports: ReportsService,
    private readonly scopes: ReportScopes,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Payload for the index scorer: QĐ 766 indicators 2.1, 2.2, 3.3, 5.4 and the PAR on-time score',
    description: 'The same payload as `npm run cli -- index-export`. 5.4 is null when no rating was given in the period.',
  })
  async export(@Query() query: ReportPeriodQueryDto, @CurrentUser() user: StaffUser) {
    const scope = await this.scopes.resolve(user, query.agencyCode);
    return this.exports.build(scope, this.reports.periodOf(query));
  }
}
