import { ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiPropertyOptional({ format: 'date', example: '2026-10-01', description: 'First day (YYYY-MM-DD, Asia/Ho_Chi_Minh); required unless period is given' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-10-31', description: 'Last day, included (YYYY-MM-DD); required unless period is given' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: ['month', 'quarter', 'half', 'year'], description: 'Named period instead of from/to; needs year (and index)' })
  @IsOptional()
  @IsIn(['month', 'quarter', 'half', 'year'])
  period?: PeriodKind;

  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, default: 1, description: 'Month 1–12, quarter 1–4 or half 1–2 within year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  index?: number;

  /** Default: the caller's agency. A province counts its communes too. */
  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: "Default the caller's agency; a province counts its communes too" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}

export type ReportFormat = 'json' | 'csv' | 'xlsx' | 'pdf';

export class ProcessingReportQueryDto extends ReportPeriodQueryDto {
  @ApiPropertyOptional({ enum: ['field', 'procedure'], default: 'field', description: 'One row per field or per procedure' })
  @IsOptional()
  @IsIn(['field', 'procedure'])
  groupBy?: ReportGroupBy;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx', 'pdf'])
  format?: ReportFormat;
}

export class OnTimeRateQueryDto extends ReportPeriodQueryDto {
  @ApiPropertyOptional({ enum: ON_TIME_DEFINITIONS, default: 'resolved' })
  @IsOptional()
  @IsIn(ON_TIME_DEFINITIONS)
  definition?: OnTimeDefinition;
}

export class AgencyQueryDto {
  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: "Default the caller's agency; a province counts its communes too" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
