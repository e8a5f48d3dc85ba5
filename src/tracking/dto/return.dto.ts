import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export class ReturnResultDto {
  @IsIn(['counter', 'postal', 'online'], { message: 'method must be counter, postal or online' })
  method: 'counter' | 'postal' | 'online';

  /** Admin only, for entering past events. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'returnedAt must be an ISO 8601 instant' })
  returnedAt?: string;
}
