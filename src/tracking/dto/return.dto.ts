import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export class ReturnResultDto {
  @ApiProperty({ enum: ['counter', 'postal', 'online'], example: 'counter', description: 'How the result reached the applicant' })
  @IsIn(['counter', 'postal', 'online'], { message: 'method must be counter, postal or online' })
  method: 'counter' | 'postal' | 'online';

  /** Admin only, for entering past events. */
  @ApiPropertyOptional({ format: 'date-time', description: 'Admin only, for entering past events; default now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'returnedAt must be an ISO 8601 instant' })
  returnedAt?: string;
}
