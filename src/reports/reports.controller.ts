import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors } from '../common/openapi';
import { OverdueByProcedureResponse } from './dto/overdue-by-procedure.response';
import { ProcessingReportResponse } from './dto/processing-report.response';
import { OnTimeRateResponse, ParScoreResponse } from './dto/rates.response';
import { AgencyQueryDto, OnTimeRateQueryDto, ProcessingReportQueryDto, ReportPeriodQueryDto } from './dto/report-query.dto';
import { ReportScopes } from './report-scope';
import { ReportsService } from './reports.service';
import { fileName } from './writers/bieu06-layout';
import { processingCsv } from './writers/csv-writer';
import { processingPdf } from './writers/pdf-writer';
import { processingXlsx } from './writers/xlsx-writer';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Reports for managers, heads and administrators, within their agency scope (a province sees its communes). */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('manager', 'head', 'admin')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly scopes: ReportScopes,
  ) {}

  @Get('processing')
  @ApiOperation({
    summary: 'Biểu 06: received / resolved / pending per field or procedure, with a totals row (manager, head, admin)',
    description:
      'Period: from/to (local dates, included) or period=month|quarter|half|year&year=&index= (half 1 ends on 25/6). ' +
      'Classes are taken against the original appointment. format=json (default), csv, xlsx (the printed form) or pdf (A4 landscape).',
  })
  @ApiExtraModels(ProcessingReportResponse)
  @ApiProduces('application/json', ...Object.values(CONTENT_TYPES))
  @ApiOkResponse({
    description: 'The report as JSON, or the file asked for by format',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ProcessingReportResponse) } },
      ...Object.fromEntries(Object.values(CONTENT_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    },
  })
  @ApiErrors(400, 401, [403, 'Not manager, head or admin, or agencyCode outside the caller’s scope'], [404, 'Unknown agency'])
  async processing(@Query() query: ProcessingReportQueryDto, @CurrentUser() user: StaffUser) {
    const scope = await this.scopes.resolve(user, query.agencyCode);
    const report = await this.reports.processing(scope, this.reports.periodOf(query), query.groupBy ?? 'field');
    const format = query.format ?? 'json';
    if (format === 'json') return report;
    const body = format === 'csv' ? processingCsv(report) : format === 'xlsx' ? await processingXlsx(report) : await processingPdf(report);
    const disposition = format === 'pdf' ? 'inline' : 'attachment';
    return new StreamableFile(body, { type: CONTENT_TYPES[format], disposition: `${disposition}; filename="${fileName(report, format)}"`, length: body.length });
  }

  @Get('on-time-rate')
  @ApiOperation({
    summary: 'On-time rate under one definition, with numerator, denominator, a month-by-month series and the three definitions side by side (manager, head, admin)',
    description: 'definition=resolved (default) | due_in_period | index766 (QĐ 766 indicator 2.1: pending judged at the period end, more than one supplement request is late).',
  })
  @ApiOkResponse({ type: OnTimeRateResponse })
  @ApiErrors(400, 401, [403, 'Not manager, head or admin, or agencyCode outside the caller’s scope'], [404, 'Unknown agency'])
  async onTimeRate(@Query() query: OnTimeRateQueryDto, @CurrentUser() user: StaffUser) {
    const scope = await this.scopes.resolve(user, query.agencyCode);
    return this.reports.onTimeRate(scope, this.reports.periodOf(query), query.definition ?? 'resolved');
  }

  @Get('par-score')
  @ApiOperation({ summary: 'The PAR INDEX on-time criterion: the rate under the rubric’s definition, its score, and which rubric produced it (manager, head, admin)' })
  @ApiOkResponse({ type: ParScoreResponse })
  @ApiErrors(400, 401, [403, 'Not manager, head or admin, or agencyCode outside the caller’s scope'], [404, 'Unknown agency'], [422, 'No PAR rubric is configured'])
  async parScore(@Query() query: ReportPeriodQueryDto, @CurrentUser() user: StaffUser) {
    const scope = await this.scopes.resolve(user, query.agencyCode);
    return this.reports.parScore(scope, this.reports.periodOf(query));
  }

  @Get('overdue-by-procedure')
  @ApiOperation({ summary: 'Open dossiers per procedure now: pending, overdue (past the current appointment) and late against the original one (manager, head, admin)' })
  @ApiOkResponse({ type: OverdueByProcedureResponse })
  @ApiErrors(400, 401, [403, 'Not manager, head or admin, or agencyCode outside the caller’s scope'], [404, 'Unknown agency'])
  async overdueByProcedure(@Query() query: AgencyQueryDto, @CurrentUser() user: StaffUser) {
    return this.reports.overdueByProcedure(await this.scopes.resolve(user, query.agencyCode));
  }
}
