import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SHARED_DATA_OUTCOMES, SHARED_DATA_SOURCES, type SharedDataOutcome, type SharedDatabase } from '../../domain/digitisation';

export class RecordSharedDataCheckDto {
  @ApiProperty({ enum: SHARED_DATA_SOURCES, example: 'population_database', description: 'The shared database the applicant’s data was checked against' })
  @IsIn(SHARED_DATA_SOURCES, { message: `source must be one of ${SHARED_DATA_SOURCES.join(', ')}` })
  source: SharedDatabase;

  @ApiProperty({ enum: SHARED_DATA_OUTCOMES, example: 'matched', description: '`unavailable` when the database could not be reached (does not count for 4.4)' })
  @IsIn(SHARED_DATA_OUTCOMES, { message: `outcome must be one of ${SHARED_DATA_OUTCOMES.join(', ')}` })
  outcome: SharedDataOutcome;

  @ApiPropertyOptional({ example: 'VNeID-2026-000123', description: 'The answer’s reference in the shared database, when it gives one (no personal data)' })
  @IsOptional()
  @IsString({ message: 'reference must be text' })
  @MaxLength(100, { message: 'reference must be at most 100 characters' })
  reference?: string;
}
