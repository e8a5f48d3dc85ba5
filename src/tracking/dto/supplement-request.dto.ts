import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class SupplementItemDto {
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(300)
  name: string;

  /** original (bản chính), certified_copy (bản sao chứng thực), copy (bản sao). */
  @IsOptional()
  @IsIn(['original', 'certified_copy', 'copy'], { message: 'kind must be original, certified_copy or copy' })
  kind?: 'original' | 'certified_copy' | 'copy';
}

export class SupplementRequestDto {
  @IsArray({ message: 'items must be a list of documents to supplement' })
  @ArrayMinSize(1, { message: 'items must name at least one document' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SupplementItemDto)
  items: SupplementItemDto[];

  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}
