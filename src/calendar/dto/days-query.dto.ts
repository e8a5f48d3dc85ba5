import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class DaysQueryDto {
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;
}
