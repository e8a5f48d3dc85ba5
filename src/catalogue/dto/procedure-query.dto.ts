import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ProcedureQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
