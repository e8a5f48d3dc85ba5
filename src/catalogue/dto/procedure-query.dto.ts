import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ProcedureQueryDto {
  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: "Only procedures handled at this agency's level (province or commune)" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'hôn nhân', maxLength: 200, description: 'Searches the code and the name (accents optional)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
