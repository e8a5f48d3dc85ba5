import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ApplicantDto, normaliseText } from '../../../intake';

const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? normaliseText(item) : item)) : value;

/** A dossier refused at the counter (form 03): the applicant as at intake, the procedure asked for, the reasons. */
export class CreateIntakeRefusalDto {
  @ApiProperty({ example: '1.004873' })
  @IsString({ message: 'procedureCode is required' })
  @IsNotEmpty({ message: 'procedureCode is required' })
  @MaxLength(50)
  procedureCode: string;

  @ApiProperty({ type: () => ApplicantDto })
  @IsNotEmpty({ message: 'applicant is required' })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant: ApplicantDto;

  @ApiProperty({ type: [String], example: ['Thủ tục thuộc thẩm quyền của UBND xã nơi người yêu cầu thường trú.'] })
  @Transform(trimmedList)
  @IsArray({ message: 'reasons must be a list of reasons' })
  @ArrayMinSize(1, { message: 'reasons must give at least one reason' })
  @ArrayMaxSize(20, { message: 'reasons must give at most 20 reasons' })
  @IsString({ each: true, message: 'each reason must be text' })
  @IsNotEmpty({ each: true, message: 'a reason must not be empty' })
  @MaxLength(1000, { each: true, message: 'a reason must be at most 1000 characters' })
  reasons: string[];

  @ApiPropertyOptional({ description: "Receiving agency; default the caller's own." })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  receivingAgencyCode?: string;
}
