import { ApiProperty } from '@nestjs/swagger';

export class DueDateResponse {
  @ApiProperty({ format: 'date-time', example: '2026-11-26T10:00:00.000Z' })
  dueAt: string;

  @ApiProperty({ description: 'The interval crosses a year whose days off are not confirmed' })
  provisional: boolean;
}

export class CalendarDayResponse {
  @ApiProperty({ format: 'date', example: '2026-09-02' })
  date: string;

  @ApiProperty({ example: false })
  working: boolean;

  @ApiProperty({ example: 'Nghỉ Lễ Quốc khánh', description: 'Vietnamese: Ngày làm việc, Làm bù, Thứ Bảy, Chủ nhật, Nghỉ lễ or Nghỉ + the holiday name' })
  reason: string;
}

export class CalendarYearResponse {
  @ApiProperty({ type: 'integer', example: 2026 })
  year: number;

  @ApiProperty({ type: [String], format: 'date', example: ['2026-01-01', '2026-09-02'] })
  daysOff: string[];

  @ApiProperty({ type: [String], format: 'date', example: [] })
  workingSaturdays: string[];

  @ApiProperty({ description: 'Officially announced' })
  confirmed: boolean;

  @ApiProperty({ example: 'Thông báo 9441/TB-BNV', description: "The announcement (empty for the statute's computation)" })
  source: string;
}

/** GET years/{year}: as stored, or computed from the statute when no schedule was stored. */
export class StoredCalendarYearResponse extends CalendarYearResponse {
  @ApiProperty({ description: 'false: computed from the statute, not confirmed' })
  stored: boolean;
}

/** PUT years/{year}: the stored schedule and the open dossiers whose due date moved. */
export class CalendarYearUpdatedResponse extends CalendarYearResponse {
  @ApiProperty({ type: [String], example: ['000.17.22.H56-261123-0001'], description: 'Codes of the open dossiers whose due date moved' })
  recomputedDossiers: string[];
}

export class WorkingPeriodResponse {
  @ApiProperty({ example: '07:30' })
  start: string;

  @ApiProperty({ example: '11:30' })
  end: string;
}

export class AgencyDayResponse {
  @ApiProperty({ format: 'date', example: '2026-09-01' })
  date: string;

  @ApiProperty()
  working: boolean;

  @ApiProperty({ example: 'Nghỉ bù lễ Quốc khánh' })
  reason: string;
}

/** An agency's calendar settings: the shape PUT agencies/{code} takes. */
export class AgencyCalendarResponse {
  @ApiProperty({ example: '000.17.22.H56' })
  agencyCode: string;

  @ApiProperty({ type: () => [WorkingPeriodResponse], description: 'Monday–Friday' })
  workingHours: WorkingPeriodResponse[];

  @ApiProperty({ type: () => [WorkingPeriodResponse] })
  saturdayHours: WorkingPeriodResponse[];

  @ApiProperty({ example: '15:00' })
  cutoff: string;

  @ApiProperty({ example: false, description: 'Working-day procedures received at or after the cut-off count from the next working day' })
  cutoffStartsNextDay: boolean;

  @ApiProperty({ type: () => [AgencyDayResponse], description: "The agency's own day exceptions" })
  days: AgencyDayResponse[];
}

export class AgencyCalendarUpdatedResponse extends AgencyCalendarResponse {
  @ApiProperty({ type: [String], example: ['000.17.22.H56-261123-0001'], description: 'Codes of the open dossiers whose due date moved' })
  recomputedDossiers: string[];
}
