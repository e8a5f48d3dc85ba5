import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

/** An agency's due-soon windows in working minutes (480 = one working day of 8 hours); null returns to the service default. */
export class LatenessSettingsDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 480, description: 'Dossiers: due soon within this much working time of dueAt; null = service default (1 working day)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: 'dueSoonWorkingMinutes must be a whole number of working minutes' })
  @Min(1)
  @Max(10 * 24 * 60)
  dueSoonWorkingMinutes?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 120, description: 'Control-slip steps: due soon within this much working time of the step deadline; null = service default (120)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: 'stepDueSoonWorkingMinutes must be a whole number of working minutes' })
  @Min(1)
  @Max(10 * 24 * 60)
  stepDueSoonWorkingMinutes?: number | null;
}
