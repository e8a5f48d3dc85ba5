import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class SupplementItemDto {
  @ApiProperty({ example: 'Giấy xác nhận nơi cư trú', maxLength: 300 })
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(300)
  name: string;

  /** original (bản chính), certified_copy (bản sao chứng thực), copy (bản sao). */
  @ApiPropertyOptional({ enum: ['original', 'certified_copy', 'copy'], description: 'original, certified_copy or copy' })
  @IsOptional()
  @IsIn(['original', 'certified_copy', 'copy'], { message: 'kind must be original, certified_copy or copy' })
  kind?: 'original' | 'certified_copy' | 'copy';
}

export class SupplementRequestDto {
  @ApiProperty({ type: () => [SupplementItemDto], minItems: 1, maxItems: 30, description: 'The documents to supplement' })
  @IsArray({ message: 'items must be a list of documents to supplement' })
  @ArrayMinSize(1, { message: 'items must name at least one document' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SupplementItemDto)
  items: SupplementItemDto[];

  @ApiProperty({ example: 'Thiếu giấy xác nhận nơi cư trú', maxLength: 2000 })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}
