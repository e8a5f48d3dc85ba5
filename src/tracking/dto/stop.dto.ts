import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Who signs form 05 (the stop notice): the head of the agency; both optional. */
export class NoticeSignerDto {
  @ApiPropertyOptional({ example: 'Trần Quốc Hưng', maxLength: 100, description: 'Printed under the signature of form 05' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  signerName?: string;

  @ApiPropertyOptional({ example: 'CHỦ TỊCH', maxLength: 100, description: 'Signing title on form 05; default "THỦ TRƯỞNG CƠ QUAN"' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  signerTitle?: string;
}

export class StopDto extends NoticeSignerDto {
  @ApiProperty({ example: 'Người nộp hồ sơ đề nghị dừng giải quyết', maxLength: 2000, description: 'Printed on the stop notice (form 05)' })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}

export class WithdrawDto extends NoticeSignerDto {
  @ApiPropertyOptional({ example: 'Công dân xin rút hồ sơ', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** Refusal after appraisal (form 03): the reasons are printed on the slip. */
export class RefuseDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 20,
    example: ['Người yêu cầu không đủ điều kiện theo quy định'],
    description: 'Printed on the refusal slip (form 03); each at most 1000 characters',
  })
  @IsArray({ message: 'reasons must be a list' })
  @ArrayMinSize(1, { message: 'reasons must give at least one reason' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'reasons must not contain empty text' })
  @MaxLength(1000, { each: true })
  reasons: string[];
}
