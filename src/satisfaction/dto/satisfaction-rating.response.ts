import { ApiProperty } from '@nestjs/swagger';
import { SATISFACTION_LEVELS, SATISFACTION_SOURCES, type SatisfactionLevel, type SatisfactionSource } from '../../domain/satisfaction';

/** A dossier's satisfaction rating, as the API answers it. */
export class SatisfactionRatingResponse {
  @ApiProperty({ example: '000.17.22.H56-261123-0001' })
  code: string;

  @ApiProperty({ enum: SATISFACTION_LEVELS, example: 'satisfied' })
  level: SatisfactionLevel;

  @ApiProperty({ example: 'Hài lòng' })
  levelLabel: string;

  @ApiProperty({ type: String, nullable: true, example: 'Cán bộ hướng dẫn tận tình.' })
  comment: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-27T03:00:00.000Z' })
  ratedAt: string;

  @ApiProperty({ enum: SATISFACTION_SOURCES, example: 'counter', description: "counter: recorded by staff on the citizen's word; public: given on the QR status page" })
  source: SatisfactionSource;
}
