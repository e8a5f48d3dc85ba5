import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** PUT /api/v1/procedures/{code}/settings: a procedure's settings that sector law may change (DOMAIN.md §4). */
export class ProcedureSettingsDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 60,
    example: 3,
    description: 'Working days after the day of receipt within which a supplement request restarts (or pauses) the clock (NĐ 61 Art. 19.4: 3)',
  })
  @IsInt()
  @Min(1)
  @Max(60)
  supplementWindowDays: number;
}
