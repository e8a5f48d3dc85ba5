import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { COMMENT_MAX_LENGTH, SATISFACTION_LEVELS, type SatisfactionLevel } from '../../domain/satisfaction';

/** The citizen's satisfaction with the handling of a returned dossier (DOMAIN.md §6). */
export class RateDossierDto {
  @ApiProperty({
    enum: SATISFACTION_LEVELS,
    example: 'satisfied',
    description: 'very_satisfied (Rất hài lòng), satisfied (Hài lòng), neutral (Bình thường), dissatisfied (Không hài lòng), very_dissatisfied (Rất không hài lòng)',
  })
  @IsIn(SATISFACTION_LEVELS, { message: `level must be one of: ${SATISFACTION_LEVELS.join(', ')}` })
  level: SatisfactionLevel;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COMMENT_MAX_LENGTH,
    example: 'Cán bộ hướng dẫn tận tình.',
    description: `Optional remark, at most ${COMMENT_MAX_LENGTH} characters (stored as NFC, trimmed)`,
  })
  @IsOptional()
  @IsString({ message: 'comment must be text' })
  comment?: string | null;
}
