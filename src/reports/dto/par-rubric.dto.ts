import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ON_TIME_DEFINITIONS, type OnTimeDefinition } from '../../domain/reports';

export class ParBandDto {
  /** Lowest rate (0..1) that earns the points. */
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.95, description: 'Lowest rate (0..1) that earns the points' })
  @IsNumber()
  @Min(0)
  @Max(1)
  minRate: number;

  @ApiProperty({ minimum: 0, example: 2 })
  @IsNumber()
  @Min(0)
  points: number;
}

/** PUT /api/v1/par-rubrics/{id}: a province's (or the default) rubric for a year. */
export class ParRubricDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'PAR INDEX 2026 – tỷ lệ giải quyết đúng hạn' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  /** A province-level agency; null or absent for the default rubric of provinces without their own. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: '000.00.00.H56', description: 'A province-level agency; null or absent for the default rubric' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  provinceCode?: string | null;

  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ enum: ON_TIME_DEFINITIONS, example: 'index766', description: 'The on-time rate the rubric scores' })
  @IsIn(ON_TIME_DEFINITIONS)
  definition: OnTimeDefinition;

  @ApiProperty({ minimum: 0.0001, example: 2 })
  @IsNumber()
  @Min(0.0001)
  maxScore: number;

  @ApiProperty({ type: () => [ParBandDto], minItems: 1, maxItems: 20, description: 'Score bands; a rate earns the points of the highest band it reaches' })
  @ValidateNested({ each: true })
  @Type(() => ParBandDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  bands: ParBandDto[];
}
