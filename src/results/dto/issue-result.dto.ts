import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** The text fields of the result upload (the PDF is the `file` part). */
export class IssueResultDto {
  @ApiProperty({ maxLength: 300, example: 'Giấy xác nhận tình trạng hôn nhân' })
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'title is required' })
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ type: Boolean, description: 'No file: the service lays out a one-page result itself, then signs it' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean({ message: 'generate must be true or false' })
  generate?: boolean;
}

export class ResultResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Giấy xác nhận tình trạng hôn nhân' })
  title: string;

  @ApiProperty({ example: '000.17.22.H56-261123-0001-KQ01', description: 'MaGiayToKetQua' })
  code: string;

  @ApiProperty({ description: 'SHA-256 of the signed file as stored' })
  sha256: string;

  @ApiProperty({ example: 48213 })
  size: number;

  @ApiProperty({ enum: [true] })
  signed: boolean;

  @ApiProperty({ example: 'CN=UBND PHƯỜNG HẠC THÀNH, O=UBND PHƯỜNG HẠC THÀNH, C=VN' })
  signer: string;

  @ApiProperty({ description: 'Signed with the demo’s self-signed certificate (no legal value)' })
  demo: boolean;

  @ApiProperty({ format: 'date-time' })
  signedAt: string;

  @ApiProperty({ example: '/api/v1/dossiers/000.17.22.H56-261123-0001/results/0f0e….pdf' })
  url: string;
}
