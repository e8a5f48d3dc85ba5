import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateApologyDto {
  /** Why the result is not ready (printed on form 04 and sent to the applicant). */
  @ApiProperty({ example: 'Cần xác minh thông tin cư trú, chưa nhận được văn bản trả lời', maxLength: 2000 })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;

  /**
   * The new appointment: an instant within the resolving agency's working hours (close of business
   * included), or a date YYYY-MM-DD meaning close of business that day.
   */
  @ApiProperty({
    example: '2026-12-03T17:00:00+07:00',
    description: 'After the current dueAt, within working hours of a working day (close of business included); a date YYYY-MM-DD means close of business',
  })
  @IsISO8601({ strict: true }, { message: 'newDueAt must be an ISO 8601 instant or a date YYYY-MM-DD' })
  newDueAt: string;

  /** The head of the resolving agency who signs form 04. */
  @ApiProperty({ example: 'Trần Quốc Hưng', maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: 'signerName is required' })
  @MaxLength(100)
  signerName: string;

  /** Signing title printed above the name, e.g. "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"; default "THỦ TRƯỞNG CƠ QUAN". */
  @ApiPropertyOptional({ example: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', default: 'THỦ TRƯỞNG CƠ QUAN' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  signerTitle?: string;
}
