import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class DueDateQueryDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-23T09:00:00+07:00', description: 'Start instant, ISO 8601 with an offset' })
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 instant, e.g. 2026-11-23T09:00:00+07:00' })
  from: string;

  @ApiProperty({ type: Number, minimum: 0, maximum: 3650, example: 3, description: 'Amount of time in `unit` (ignored for same_day)' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'amount must be a number' })
  @Min(0)
  @Max(3650)
  amount: number;

  @ApiProperty({ enum: ['working_days', 'working_hours', 'calendar_days', 'same_day'], example: 'working_days' })
  @IsIn(['working_days', 'working_hours', 'calendar_days', 'same_day'], { message: 'unit must be one of working_days, working_hours, calendar_days, same_day' })
  unit: 'working_days' | 'working_hours' | 'calendar_days' | 'same_day';

  @ApiPropertyOptional({ enum: ['working_time', 'end_of_day'], default: 'working_time', description: 'working_time: elapsed working time; end_of_day: close of business of the n-th working day' })
  @IsOptional()
  @IsIn(['working_time', 'end_of_day'], { message: 'mode must be working_time or end_of_day' })
  mode?: 'working_time' | 'end_of_day';

  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: 'Agency whose calendar applies; default the official civil-service calendar' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
