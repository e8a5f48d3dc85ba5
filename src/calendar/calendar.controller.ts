import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AgencyDirectory } from '../catalogue';
import { CurrentUser, Public, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { ApiErrors } from '../common/openapi';
import { statutoryCalendarYear } from '../domain/calendar';
import { CalendarRepository } from './calendar.repository';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { AgencyCalendarDto } from './dto/agency-calendar.dto';
import { CalendarYearDto } from './dto/calendar-year.dto';
import {
  AgencyCalendarResponse,
  AgencyCalendarUpdatedResponse,
  CalendarDayResponse,
  CalendarYearUpdatedResponse,
  DueDateResponse,
  StoredCalendarYearResponse,
} from './dto/calendar.response';
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
    private readonly store: CalendarRepository,
    private readonly agencies: AgencyDirectory,
  ) {}

  /** The due instant for an amount of time from an instant (DOMAIN.md §4); public, like the calendar itself. */
  @Public()
  @Get('due-date')
  @ApiOperation({ summary: 'The due instant for an amount of time from an instant, on an agency’s calendar or the default one (public)' })
  @ApiOkResponse({ type: DueDateResponse })
  @ApiErrors(400)
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
  @ApiOperation({ summary: 'Working days and days off from one date to another, at most 800 days (public)' })
  @ApiOkResponse({ type: [CalendarDayResponse] })
  @ApiErrors(400)
  async days(@Query() query: DaysQueryDto) {
    if (query.to < query.from) throw DomainError.invalid('to', 'must not be before from');
    const span = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (span > MAX_DAYS) throw DomainError.invalid('to', `at most ${MAX_DAYS} days at once`);
    const calendar = await this.calendars.calendarFor(query.agencyCode ?? null);
    const { firstYear, lastYear } = calendar.range;
    if (Number(query.from.slice(0, 4)) < firstYear) throw DomainError.invalid('from', `the calendar covers ${firstYear}–${lastYear}`);
    if (Number(query.to.slice(0, 4)) > lastYear) throw DomainError.invalid('to', `the calendar covers ${firstYear}–${lastYear}`);
    return calendar.describeDays(query.from, query.to);
  }

  @ApiBearerAuth()
  @Get('years/:year')
  @ApiOperation({ summary: 'A year’s official days off and make-up Saturdays as stored (stored: false → computed from the statute, not confirmed)' })
  @ApiParam({ name: 'year', type: 'integer', example: 2026, description: '2000–2100' })
  @ApiOkResponse({ type: StoredCalendarYearResponse })
  @ApiErrors(400, 401)
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
  @ApiOperation({ summary: 'Store a year’s days off and make-up Saturdays (admin only); due dates of open dossiers are recomputed' })
  @ApiParam({ name: 'year', type: 'integer', example: 2026, description: '2000–2100' })
  @ApiOkResponse({ type: CalendarYearUpdatedResponse })
  @ApiErrors(400, 401, 403)
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
  @ApiParam({ name: 'code', description: 'Agency code', example: '000.17.22.H56' })
  @ApiOkResponse({ type: AgencyCalendarResponse })
  @ApiErrors(401, 403, 404)
  async getAgency(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    if (!user.visibleAgencyCodes.includes(code)) throw DomainError.forbidden(`Agency ${code} is outside your scope`);
    const agency = await this.agencies.get(code);
    const days = await this.store.agencyExceptions(code);
    return {
      agencyCode: agency.code,
      workingHours: agency.workingHours,
      saturdayHours: agency.saturdayHours,
      cutoff: agency.cutoffTime,
      cutoffStartsNextDay: agency.cutoffStartsNextDay,
      days: days.map((d) => ({ date: d.date, working: d.working, reason: d.reason })),
    };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put('agencies/:code')
  @ApiOperation({ summary: 'Set an agency’s hours, cut-off and day exceptions (admin only, within scope); due dates of its open dossiers are recomputed' })
  @ApiParam({ name: 'code', description: 'Agency code', example: '000.17.22.H56' })
  @ApiOkResponse({ type: AgencyCalendarUpdatedResponse })
  @ApiErrors(400, 401, 403, 404)
  async putAgency(@Param('code') code: string, @Body() body: AgencyCalendarDto, @CurrentUser() user: StaffUser) {
    const result = await this.admin.putAgency(code, body, user);
    return {
      agencyCode: result.agency.code,
      workingHours: result.agency.workingHours,
      saturdayHours: result.agency.saturdayHours,
      cutoff: result.agency.cutoffTime,
      cutoffStartsNextDay: result.agency.cutoffStartsNextDay,
      days: result.days.map((d) => ({ date: d.date, working: d.working, reason: d.reason })),
      recomputedDossiers: result.recomputed,
    };
  }
}
