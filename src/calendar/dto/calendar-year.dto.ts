import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CalendarYearDto {
  @ApiProperty({
    type: [String],
    format: 'date',
    maxItems: 60,
    example: ['2026-01-01', '2026-02-16', '2026-02-17'],
    description: 'Official days off of the year (YYYY-MM-DD), all within the year',
  })
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(DATE, { each: true, message: 'daysOff must hold dates YYYY-MM-DD' })
  daysOff: string[];

  @ApiProperty({ type: [String], format: 'date', maxItems: 20, example: ['2026-01-10'], description: 'Saturdays worked to make up a day off (YYYY-MM-DD); none may also be a day off' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(DATE, { each: true, message: 'workingSaturdays must hold dates YYYY-MM-DD' })
  workingSaturdays: string[];

  @ApiProperty({ example: true, description: 'The schedule is officially announced; due dates crossing an unconfirmed year are provisional' })
  @IsBoolean({ message: 'confirmed must be true or false' })
  confirmed: boolean;

  /** The announcement this schedule comes from (e.g. "Thông báo 9441/TB-BNV"). */
  @ApiProperty({ example: 'Thông báo 9441/TB-BNV', maxLength: 1000, description: 'The announcement this schedule comes from' })
  @IsString()
  @IsNotEmpty({ message: 'source is required' })
  @MaxLength(1000)
  source: string;
}
