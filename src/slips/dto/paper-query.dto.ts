import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { PaperOptions } from '../../documents';

/** Paper of a printed form: slips default to A5, the register and the control slip to A4. */
export class PaperQueryDto {
  @ApiPropertyOptional({ enum: ['A4', 'A5'], description: 'Paper size; default A5 for slips, A4 for the control slip and the register.' })
  @IsOptional()
  @IsIn(['A4', 'A5'], { message: 'paper must be A4 or A5' })
  paper?: 'A4' | 'A5';
}

export function paperOf(query: PaperQueryDto | undefined): PaperOptions {
  return query?.paper ? { paperSize: query.paper } : {};
}
