import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class ResolveDto {
  @ApiProperty({ enum: ['approved', 'rejected'], example: 'approved' })
  @IsIn(['approved', 'rejected'], { message: 'outcome must be approved or rejected' })
  outcome: 'approved' | 'rejected';

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  /** Admin only, for entering past events. */
  @ApiPropertyOptional({ format: 'date-time', description: 'Admin only, for entering past events; default now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'resolvedAt must be an ISO 8601 instant' })
  resolvedAt?: string;
}
