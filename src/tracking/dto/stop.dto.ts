import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class StopDto {
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}

export class WithdrawDto {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
