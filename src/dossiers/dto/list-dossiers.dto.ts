import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListDossiersDto {
  /** One status code or several separated by commas, e.g. "2,4,5". */
  @IsOptional()
  @Matches(/^(10|[1-9])(,(10|[1-9]))*$/, { message: 'status must be status codes 1–10 separated by commas' })
  status?: string;

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  /** A date (YYYY-MM-DD, end of that day in Vietnam) or an instant. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueBefore must be a date (YYYY-MM-DD) or an ISO 8601 instant' })
  dueBefore?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  procedureCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;

  /** Searches the dossier code, the applicant's name (accents optional) and phone. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
