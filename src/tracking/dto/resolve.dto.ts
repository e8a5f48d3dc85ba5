import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class ResolveDto {
  @IsIn(['approved', 'rejected'], { message: 'outcome must be approved or rejected' })
  outcome: 'approved' | 'rejected';

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  /** Admin only, for entering past events. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'resolvedAt must be an ISO 8601 instant' })
  resolvedAt?: string;
}
