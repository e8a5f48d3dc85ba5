import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ON_TIME_DEFINITIONS, type OnTimeDefinition, type ReportGroupBy } from '../../domain/reports';
import type { PeriodKind } from '../report-period';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A report period: `from` and `to` (local dates, both included), or the shortcut
 * `period=month|quarter|half|year&year=&index=` (index: month 1–12, quarter 1–4, half 1–2).
 */
export class ReportPeriodQueryDto {
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @IsOptional()
  @IsIn(['month', 'quarter', 'half', 'year'])
  period?: PeriodKind;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  index?: number;

  /** Default: the caller's agency. A province counts its communes too. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}

export type ReportFormat = 'json' | 'csv' | 'xlsx' | 'pdf';

export class ProcessingReportQueryDto extends ReportPeriodQueryDto {
  @IsOptional()
  @IsIn(['field', 'procedure'])
  groupBy?: ReportGroupBy;

  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx', 'pdf'])
  format?: ReportFormat;
}

export class OnTimeRateQueryDto extends ReportPeriodQueryDto {
  @IsOptional()
  @IsIn(ON_TIME_DEFINITIONS)
  definition?: OnTimeDefinition;
}

export class AgencyQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
