import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ON_TIME_DEFINITIONS, type OnTimeDefinition } from '../../domain/reports';

export class ParBandDto {
  /** Lowest rate (0..1) that earns the points. */
  @IsNumber()
  @Min(0)
  @Max(1)
  minRate: number;

  @IsNumber()
  @Min(0)
  points: number;
}

/** PUT /api/v1/par-rubrics/{id}: a province's (or the default) rubric for a year. */
export class ParRubricDto {
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  /** A province-level agency; null or absent for the default rubric of provinces without their own. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  provinceCode?: string | null;

  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @IsIn(ON_TIME_DEFINITIONS)
  definition: OnTimeDefinition;

  @IsNumber()
  @Min(0.0001)
  maxScore: number;

  @ValidateNested({ each: true })
  @Type(() => ParBandDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  bands: ParBandDto[];
}
