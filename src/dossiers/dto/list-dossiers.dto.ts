import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListDossiersDto {
  /** One status code or several separated by commas, e.g. "2,4,5". */
  @ApiPropertyOptional({ example: '2,4,5', pattern: '^(10|[1-9])(,(10|[1-9]))*$', description: 'Status codes 1–10 (DOMAIN.md §5), comma-separated' })
  @IsOptional()
  @Matches(/^(10|[1-9])(,(10|[1-9]))*$/, { message: 'status must be status codes 1–10 separated by commas' })
  status?: string;

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @ApiPropertyOptional({ type: Boolean, description: 'true: open dossiers past their current appointment (dueAt); false: open ones not past it' })
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  /** Open dossiers not yet overdue whose appointment falls within the due-soon window (working time, default 1 working day). */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @ApiPropertyOptional({ type: Boolean, description: 'Open dossiers not yet overdue whose appointment falls within the due-soon window' })
  @IsBoolean({ message: 'dueSoon must be true or false' })
  dueSoon?: boolean;

  /** Open dossiers past their appointment for which no apology (form 04) was issued. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @ApiPropertyOptional({ type: Boolean, description: 'Open dossiers past their appointment with no apology (form 04) issued' })
  @IsBoolean({ message: 'lateWithoutApology must be true or false' })
  lateWithoutApology?: boolean;

  /** Dossiers whose open control-slip row is assigned to the caller (by account, or by name). */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @ApiPropertyOptional({ type: Boolean, description: 'Dossiers whose open control-slip row is assigned to the caller' })
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  /** Same as mine=true. */
  @ApiPropertyOptional({ enum: ['me'], description: 'Same as mine=true' })
  @IsOptional()
  @IsIn(['me'], { message: 'assignee must be me' })
  assignee?: 'me';

  /** none: no apology issued; issued: an apology was issued. */
  @ApiPropertyOptional({ enum: ['none', 'issued'], description: 'none: no apology issued; issued: an apology was issued' })
  @IsOptional()
  @IsIn(['none', 'issued'], { message: 'apology must be none or issued' })
  apology?: 'none' | 'issued';

  /** A date (YYYY-MM-DD, end of that day in Vietnam) or an instant. */
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Appointment before: a date YYYY-MM-DD (end of that day in Asia/Ho_Chi_Minh) or an ISO 8601 instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueBefore must be a date (YYYY-MM-DD) or an ISO 8601 instant' })
  dueBefore?: string;

  @ApiPropertyOptional({ example: '1.004873', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  procedureCode?: string;

  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: "Receiving or resolving agency, within the caller's scope" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  agencyCode?: string;

  /** Searches the dossier code, the applicant's name (accents optional) and phone. */
  @ApiPropertyOptional({ maxLength: 100, example: 'nhung', description: "Searches the dossier code, the applicant's name (accents optional) and phone" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000) // page × pageSize must stay a safe OFFSET
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
