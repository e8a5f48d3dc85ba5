import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class PeriodDto {
  @Matches(TIME, { message: 'start must be HH:MM' })
  start: string;

  @Matches(TIME, { message: 'end must be HH:MM' })
  end: string;
}

export class AgencyDayDto {
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @IsBoolean()
  working: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

/** An agency's own hours (e.g. also Saturday mornings), cut-off and day exceptions. */
export class AgencyCalendarDto {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PeriodDto)
  workingHours?: PeriodDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PeriodDto)
  saturdayHours?: PeriodDto[];

  @IsOptional()
  @Matches(TIME, { message: 'cutoff must be HH:MM' })
  cutoff?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => AgencyDayDto)
  days?: AgencyDayDto[];
}
