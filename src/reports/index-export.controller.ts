import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/errors/domain-error';
import { IndicatorDossiersResponse } from './dto/indicator-dossiers.response';
import { IndicatorDossiers, TRACED_INDICATORS, type TracedIndicator } from './indicator-dossiers.queries';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors } from '../common/openapi';
import { IndexExportResponse } from './dto/index-export.response';
import { ReportPeriodQueryDto } from './dto/report-query.dto';
import { IndexExportService, SYNCED_INDICATOR } from './index-export.service';
import { INDEX_766_INDICATORS, indexPoints, ratio } from '../domain/reports';
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
    private readonly traced: IndicatorDossiers,
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

  @Get(':indicator/dossiers')
  @ApiOperation({
    summary: 'The dossiers behind an indicator’s numerator and denominator, those that lost points first, with why (manager, head, admin)',
    description: '1.4 (accepted by DVCQG), 2.1 (index766 on-time), 3.3 (online), 5.4 (satisfied); same definitions and counts as the index export.',
  })
  @ApiParam({ name: 'indicator', enum: [...TRACED_INDICATORS] })
  @ApiOkResponse({ type: IndicatorDossiersResponse })
  @ApiErrors(400, 401, [403, 'Not manager, head or admin, or agencyCode outside the caller’s scope'], [404, 'Unknown agency or indicator'])
  async dossiers(@Param('indicator') indicator: string, @Query() query: ReportPeriodQueryDto, @CurrentUser() user: StaffUser) {
    if (!(TRACED_INDICATORS as readonly string[]).includes(indicator)) throw DomainError.notFound(`Indicator ${indicator} (traced: ${TRACED_INDICATORS.join(', ')})`);
    const scope = await this.scopes.resolve(user, query.agencyCode);
    const period = this.reports.periodOf(query);
    const list = await this.traced.list(indicator as TracedIndicator, scope.agencyCodes, period);
    return {
      indicator,
      agency: { code: scope.agency.code, name: scope.agency.name },
      period: { from: period.fromDate, to: period.toDate },
      ...list,
      ...indicatorPoints(indicator as TracedIndicator, list.numerator, list.denominator),
      dossiers: list.dossiers,
    };
  }
}

/** Points earned and lost, as the index export computes them. */
function indicatorPoints(indicator: TracedIndicator, numerator: number, denominator: number) {
  const rate = ratio(numerator, denominator);
  const max = indicator === '1.4' ? SYNCED_INDICATOR : indicator === '2.1' ? INDEX_766_INDICATORS.onTime : null;
  const points = rate === null || max === null ? null : indexPoints(rate, max.maxPoints, max.threshold);
  return { rate, points, maxPoints: max?.maxPoints ?? null, pointsLost: points === null || max === null ? null : Math.round((max.maxPoints - points) * 100) / 100 };
}
