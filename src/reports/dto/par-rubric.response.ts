import { ApiProperty } from '@nestjs/swagger';
import { ON_TIME_DEFINITIONS } from '../../domain/reports';

export class ParBandResponse {
  @ApiProperty({ example: 0.95 })
  minRate: number;

  @ApiProperty({ example: 2 })
  points: number;
}

/** A PAR INDEX rubric as stored (rubricView). */
export class ParRubricResponse {
  @ApiProperty({ example: 'default' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true, description: 'null: the default rubric for provinces without their own' })
  provinceCode: string | null;

  @ApiProperty({ type: 'integer', example: 2026 })
  year: number;

  @ApiProperty({ enum: ON_TIME_DEFINITIONS })
  definition: string;

  @ApiProperty({ example: 2 })
  maxScore: number;

  @ApiProperty({ type: () => [ParBandResponse] })
  bands: ParBandResponse[];

  @ApiProperty({ description: 'True for the built-in illustrative rubric: its figures are examples, never a score' })
  example: boolean;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ description: 'Who last changed it' })
  updatedBy: string;
}
