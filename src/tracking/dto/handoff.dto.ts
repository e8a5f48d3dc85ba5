import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class HandoffDto {
  /** The receiving unit (phòng ban / bộ phận), e.g. "Công chức Tư pháp - Hộ tịch". */
  @IsString()
  @IsNotEmpty({ message: 'toUnit is required' })
  @MaxLength(200)
  toUnit: string;

  /** The receiving officer's name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  toOfficer?: string;

  /** The receiving officer's account, so the dossier appears in their "my work" list. */
  @IsOptional()
  @IsUUID('all', { message: 'toUserId must be a user id' })
  toUserId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
