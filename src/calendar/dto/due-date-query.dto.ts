import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class DueDateQueryDto {
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 instant, e.g. 2026-11-23T09:00:00+07:00' })
  from: string;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'amount must be a number' })
  @Min(0)
  @Max(3650)
  amount: number;

  @IsIn(['working_days', 'working_hours', 'calendar_days', 'same_day'], { message: 'unit must be one of working_days, working_hours, calendar_days, same_day' })
  unit: 'working_days' | 'working_hours' | 'calendar_days' | 'same_day';

  @IsOptional()
  @IsIn(['working_time', 'end_of_day'], { message: 'mode must be working_time or end_of_day' })
  mode?: 'working_time' | 'end_of_day';

  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
