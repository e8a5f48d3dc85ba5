import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class OutboxQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'refused'], default: 'pending', description: 'Waiting for delivery, or refused by the portal' })
  @IsOptional()
  @IsIn(['pending', 'refused'])
  state?: 'pending' | 'refused';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

/** Send again every dossier received in a period (local dates, both included). */
export class BackfillDto {
  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'First day of receipt (YYYY-MM-DD, Asia/Ho_Chi_Minh)' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-12-04', description: 'Last day of receipt, included' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;
}
