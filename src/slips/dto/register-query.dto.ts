import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PaperQueryDto } from './paper-query.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RegisterQueryDto extends PaperQueryDto {
  @ApiPropertyOptional({ description: 'First day received (YYYY-MM-DD, Asia/Ho_Chi_Minh); default the first day of the current month.' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day received, included (YYYY-MM-DD); default today.' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ description: "Receiving agency (QCVN 102:2016 code); default the caller's own, another one only within the caller's scope." })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
