import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CalendarYearDto {
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(DATE, { each: true, message: 'daysOff must hold dates YYYY-MM-DD' })
  daysOff: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @Matches(DATE, { each: true, message: 'workingSaturdays must hold dates YYYY-MM-DD' })
  workingSaturdays: string[];

  @IsBoolean({ message: 'confirmed must be true or false' })
  confirmed: boolean;

  /** The announcement this schedule comes from (e.g. "Thông báo 9441/TB-BNV"). */
  @IsString()
  @IsNotEmpty({ message: 'source is required' })
  @MaxLength(1000)
  source: string;
}
