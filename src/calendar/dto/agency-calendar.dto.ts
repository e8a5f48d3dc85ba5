import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class PeriodDto {
  @ApiProperty({ example: '07:30', pattern: TIME.source, description: 'Local time HH:MM' })
  @Matches(TIME, { message: 'start must be HH:MM' })
  start: string;

  @ApiProperty({ example: '11:30', pattern: TIME.source, description: 'Local time HH:MM, after start' })
  @Matches(TIME, { message: 'end must be HH:MM' })
  end: string;
}

export class AgencyDayDto {
  @ApiProperty({ example: '2026-09-01', format: 'date', description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: false, description: 'true: a working day for this agency; false: a day off' })
  @IsBoolean()
  working: boolean;

  @ApiPropertyOptional({ example: 'Nghỉ bù lễ Quốc khánh', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

/** An agency's own hours (e.g. also Saturday mornings), cut-off and day exceptions. */
export class AgencyCalendarDto {
  @ApiPropertyOptional({
    type: () => [PeriodDto],
    maxItems: 4,
    example: [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }],
    description: 'Monday–Friday working periods, in order, not overlapping; absent keeps the current ones',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PeriodDto)
  workingHours?: PeriodDto[];

  @ApiPropertyOptional({ type: () => [PeriodDto], maxItems: 4, example: [{ start: '07:30', end: '11:30' }], description: 'Saturday working periods; [] for none' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PeriodDto)
  saturdayHours?: PeriodDto[];

  @ApiPropertyOptional({ example: '15:00', pattern: TIME.source, description: 'Daily cut-off HH:MM: a same_day duration starting later is due the next working day' })
  @IsOptional()
  @Matches(TIME, { message: 'cutoff must be HH:MM' })
  cutoff?: string;

  @ApiPropertyOptional({
    example: false,
    description: 'Working-day procedures received at or after the cut-off start counting at the opening of the next working day (off by default; provinces differ)',
  })
  @IsOptional()
  @IsBoolean()
  cutoffStartsNextDay?: boolean;

  @ApiPropertyOptional({ type: () => [AgencyDayDto], maxItems: 366, description: "The agency's own day exceptions (replace the stored ones)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => AgencyDayDto)
  days?: AgencyDayDto[];
}
