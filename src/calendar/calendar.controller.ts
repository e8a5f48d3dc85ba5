import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyDirectory } from '../catalogue/agency-directory';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { StaffUser } from '../auth/staff-user';
import { DomainError } from '../common/errors/domain-error';
import { statutoryCalendarYear } from '../domain/calendar';
import { CalendarStore } from './calendar-store';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { AgencyCalendarDto } from './dto/agency-calendar.dto';
import { CalendarYearDto } from './dto/calendar-year.dto';
import { DaysQueryDto } from './dto/days-query.dto';
import { DueDateQueryDto } from './dto/due-date-query.dto';

const MAX_DAYS = 800;

/** A path year that is not a whole number is malformed input naming the field, like a bad body. */
const YEAR_PIPE = new ParseIntPipe({ exceptionFactory: () => DomainError.invalid('year', 'must be a whole number') });

@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly admin: CalendarAdminService,
    private readonly store: CalendarStore,
    private readonly agencies: AgencyDirectory,
  ) {}

  /** The due instant for an amount of time from an instant (DOMAIN.md §4); public, like the calendar itself. */
  @Public()
  @Get('due-date')
  async dueDate(@Query() query: DueDateQueryDto) {
    const due = await this.calendars.dueDate(query.agencyCode ?? null, new Date(query.from), {
      value: query.amount,
      unit: query.unit,
      mode: query.mode ?? 'working_time',
    });
    return { dueAt: due.dueAt.toISOString(), provisional: due.provisional };
  }

  @Public()
  @Get('days')
  async days(@Query() query: DaysQueryDto) {
    if (query.to < query.from) throw DomainError.invalid('to', 'must not be before from');
    const span = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (span > MAX_DAYS) throw DomainError.invalid('to', `at most ${MAX_DAYS} days at once`);
    const calendar = await this.calendars.calendarFor(query.agencyCode ?? null);
    return calendar.describeDays(query.from, query.to);
  }

  @ApiBearerAuth()
  @Get('years/:year')
  @ApiOperation({ summary: 'A year’s official days off and make-up Saturdays as stored (stored: false → computed from the statute, not confirmed)' })
  async getYear(@Param('year', YEAR_PIPE) year: number) {
    if (year < 2000 || year > 2100) throw DomainError.invalid('year', 'must be a year between 2000 and 2100');
    const row = await this.store.year(year);
    if (row) return { year, daysOff: row.daysOff, workingSaturdays: row.workingSaturdays, confirmed: row.confirmed, source: row.source, stored: true };
    const statutory = statutoryCalendarYear(year);
    return { year, daysOff: statutory.daysOff, workingSaturdays: statutory.workingSaturdays, confirmed: false, source: '', stored: false };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put('years/:year')
  async putYear(@Param('year', YEAR_PIPE) year: number, @Body() body: CalendarYearDto, @CurrentUser() user: StaffUser) {
    const result = await this.admin.putYear(year, body, user);
    const { year: row } = result;
    return {
      year: row.year,
      daysOff: row.daysOff,
      workingSaturdays: row.workingSaturdays,
      confirmed: row.confirmed,
      source: row.source,
      recomputedDossiers: result.recomputed,
    };
  }

  @ApiBearerAuth()
  @Get('agencies/:code')
  @ApiOperation({ summary: 'An agency’s own calendar settings: working hours, Saturday hours, cut-off and its day exceptions (the shape PUT takes)' })
  async getAgency(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    if (!user.visibleAgencyCodes.includes(code)) throw DomainError.forbidden(`Agency ${code} is outside your scope`);
    const agency = await this.agencies.get(code);
    const days = await this.store.agencyExceptions(code);
    return {
      agencyCode: agency.code,
      workingHours: agency.workingHours,
      saturdayHours: agency.saturdayHours,
      cutoff: agency.cutoffTime,
      days: days.map((d) => ({ date: d.date, working: d.working, reason: d.reason })),
    };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put('agencies/:code')
  async putAgency(@Param('code') code: string, @Body() body: AgencyCalendarDto, @CurrentUser() user: StaffUser) {
    const result = await this.admin.putAgency(code, body, user);
    return {
      agencyCode: result.agency.code,
      workingHours: result.agency.workingHours,
      saturdayHours: result.agency.saturdayHours,
      cutoff: result.agency.cutoffTime,
      days: result.days.map((d) => ({ date: d.date, working: d.working, reason: d.reason })),
      recomputedDossiers: result.recomputed,
    };
  }
}
