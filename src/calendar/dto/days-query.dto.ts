import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class DaysQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-01', description: 'First day (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-09-30', description: 'Last day, included (YYYY-MM-DD); at most 800 days after from' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;

  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: 'Agency whose calendar applies; default the official civil-service calendar' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
