import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { StaffUser } from '../auth/staff-user';
import { ApiErrors } from '../common/openapi';
import { IndexExportResponse } from './dto/index-export.response';
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
    summary: 'Payload for the index scorer: QĐ 766 indicators 2.1, 2.2, 3.3, 5.4 and the PAR on-time score (manager, head, admin)',
    description: 'The same payload as `npm run cli -- index-export`. 5.4 is null when no rating was given in the period.',
  })
  @ApiOkResponse({ type: IndexExportResponse })
  @ApiErrors(400, 401, [403, 'Not manager, head or admin, or agencyCode outside the caller’s scope'], [404, 'Unknown agency'], [422, 'No PAR rubric is configured'])
  async export(@Query() query: ReportPeriodQueryDto, @CurrentUser() user: StaffUser) {
    const scope = await this.scopes.resolve(user, query.agencyCode);
    return this.exports.build(scope, this.reports.periodOf(query));
  }
}
