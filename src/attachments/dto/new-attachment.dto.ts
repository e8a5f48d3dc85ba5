import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The text fields of the multipart upload (the file itself is the `file` part). */
export class NewAttachmentDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'The procedure’s document this file is (its name as in the document list)', example: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  name?: string;

  @ApiPropertyOptional({ description: 'Or the document’s code in the list (MaThanhPhanHoSo), e.g. TP1', example: 'TP1' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  documentCode?: string;

  @ApiPropertyOptional({ enum: ['original', 'certified_copy', 'copy'], description: 'What the file shows: bản chính, bản sao chứng thực, bản sao (default: as the document list asks)' })
  @IsOptional()
  @IsIn(['original', 'certified_copy', 'copy'], { message: 'kind must be original, certified_copy or copy' })
  kind?: 'original' | 'certified_copy' | 'copy';

  @ApiPropertyOptional({ type: Boolean, description: 'Scanned from paper at the counter (default true); false for a file the applicant sent' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean({ message: 'digitised must be true or false' })
  digitised?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'An earlier attachment of the same applicant, reused instead of a file (QĐ 766 indicator 4.3)' })
  @IsOptional()
  @IsUUID('all', { message: 'reuseOf must be an attachment id' })
  reuseOf?: string;
}
