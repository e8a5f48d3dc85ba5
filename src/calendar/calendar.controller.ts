import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { StaffUser } from '../auth/staff-user';
import { DomainError } from '../common/errors/domain-error';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { AgencyCalendarDto } from './dto/agency-calendar.dto';
import { CalendarYearDto } from './dto/calendar-year.dto';
import { DaysQueryDto } from './dto/days-query.dto';
import { DueDateQueryDto } from './dto/due-date-query.dto';

const MAX_DAYS = 800;

@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly admin: CalendarAdminService,
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
  @Roles('admin')
  @Put('years/:year')
  async putYear(@Param('year', ParseIntPipe) year: number, @Body() body: CalendarYearDto, @CurrentUser() user: StaffUser) {
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
