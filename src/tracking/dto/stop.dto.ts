import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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

/** Refusal after appraisal (form 03): the reasons are printed on the slip. */
export class RefuseDto {
  @IsArray({ message: 'reasons must be a list' })
  @ArrayMinSize(1, { message: 'reasons must give at least one reason' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'reasons must not contain empty text' })
  @MaxLength(1000, { each: true })
  reasons: string[];
}
