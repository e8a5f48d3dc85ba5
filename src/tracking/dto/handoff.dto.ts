import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class HandoffDto {
  /** The receiving unit (phòng ban / bộ phận), e.g. "Công chức Tư pháp - Hộ tịch". */
  @ApiProperty({ example: 'Công chức Tư pháp - Hộ tịch', maxLength: 200, description: 'The receiving unit' })
  @IsString()
  @IsNotEmpty({ message: 'toUnit is required' })
  @MaxLength(200)
  toUnit: string;

  /** The receiving officer's name. */
  @ApiPropertyOptional({ example: 'Lê Văn Minh', maxLength: 100, description: "The receiving officer's name" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  toOfficer?: string;

  /** The receiving officer's account, so the dossier appears in their "my work" list. */
  @ApiPropertyOptional({ format: 'uuid', description: 'The receiving officer\'s account, so the step appears in their "my work" list' })
  @IsOptional()
  @IsUUID('all', { message: 'toUserId must be a user id' })
  toUserId?: string;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Đã kiểm tra đủ thành phần hồ sơ' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
