import { Injectable } from '@nestjs/common';
import { assertProvinceAdmin } from '../auth';
import type { StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import { AgencyEntity, WorkingPeriod } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionContext } from '../database/transaction-context';
import { AgencyCalendarDayEntity } from './agency-calendar-day.entity';
import { CalendarRepository, type AgencyHours } from './calendar.repository';
import { CalendarYearEntity } from './calendar-year.entity';
import { DossierClockService } from './dossier-clock.service';
import type { AgencyCalendarDto } from './dto/agency-calendar.dto';
import type { CalendarYearDto } from './dto/calendar-year.dto';

export interface CalendarChange {
  /** Codes of the open dossiers whose due date moved. */
  recomputed: string[];
}

/** Edits of the calendar; each one recomputes the open dossiers' due dates in the same transaction. */
@Injectable()
export class CalendarAdminService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly store: CalendarRepository,
    private readonly clocks: DossierClockService,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  async putYear(year: number, input: CalendarYearDto, user: StaffUser): Promise<{ year: CalendarYearEntity } & CalendarChange> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw DomainError.invalid('year', 'must be a year between 2000 and 2100');
    checkDatesInYear('daysOff', input.daysOff, year);
    checkDatesInYear('workingSaturdays', input.workingSaturdays, year);
    const clash = input.daysOff.find((d) => input.workingSaturdays.includes(d));
    if (clash) throw DomainError.invalid('workingSaturdays', `${clash} is also listed as a day off`);
    await assertProvinceAdmin(user, this.agencies, `The calendar of ${year}`);
    const existing = await this.store.year(year);
    const row = Object.assign(new CalendarYearEntity(), {
      year,
      daysOff: [...new Set(input.daysOff)].sort(),
      workingSaturdays: [...new Set(input.workingSaturdays)].sort(),
      periods: existing?.periods ?? [],
      confirmed: input.confirmed,
      source: input.source,
      updatedAt: this.clock.now(),
      updatedBy: user.username,
    });
    const recomputed = await this.tx.run(async () => {
      await this.store.saveYear(row);
      return this.clocks.refreshOpenDossiers(user, `Lịch nghỉ năm ${year} thay đổi`, this.clock.now());
    });
    return { year: row, recomputed };
  }

  async putAgency(code: string, input: AgencyCalendarDto, user: StaffUser): Promise<{ agency: AgencyEntity; days: AgencyCalendarDayEntity[] } & CalendarChange> {
    if (!user.visibleAgencyCodes.includes(code)) throw DomainError.forbidden('You can only edit the calendar of your own agency');
    const agency = await this.agencies.get(code);
    if (input.workingHours) checkPeriods('workingHours', input.workingHours, true);
    if (input.saturdayHours) checkPeriods('saturdayHours', input.saturdayHours, false);
    const recomputed = await this.tx.run(async () => {
      const changes: AgencyHours = {};
      if (input.workingHours) changes.workingHours = input.workingHours;
      if (input.saturdayHours) changes.saturdayHours = input.saturdayHours;
      if (input.cutoff) changes.cutoffTime = input.cutoff;
      if (input.cutoffStartsNextDay !== undefined) changes.cutoffStartsNextDay = input.cutoffStartsNextDay;
      if (Object.keys(changes).length > 0) await this.store.updateAgencyHours(code, changes);
      if (input.days) {
        const rows = input.days.map((d) => Object.assign(new AgencyCalendarDayEntity(), { agencyCode: code, date: d.date, working: d.working, reason: d.reason ?? '' }));
        await this.store.replaceAgencyExceptions(code, rows);
      } else {
        await this.store.bump();
      }
      return this.clocks.refreshOpenDossiers(user, `Lịch làm việc của ${agency.name} thay đổi`, this.clock.now(), [code]);
    });
    return { agency: await this.agencies.get(code), days: await this.store.agencyExceptions(code), recomputed };
  }
}

function checkDatesInYear(field: string, dates: string[], year: number): void {
  const outside = dates.find((d) => Number(d.slice(0, 4)) !== year || Number.isNaN(new Date(`${d}T00:00:00Z`).getTime()));
  if (outside) throw DomainError.invalid(field, `${outside} is not a date of ${year}`);
}

function checkPeriods(field: string, periods: WorkingPeriod[], required: boolean): void {
  if (required && periods.length === 0) throw DomainError.invalid(field, 'at least one working period is needed');
  let previousEnd = '00:00';
  for (const period of periods) {
    if (period.start >= period.end) throw DomainError.invalid(field, `${period.start}–${period.end} ends before it starts`);
    if (period.start < previousEnd) throw DomainError.invalid(field, 'periods must be in order and must not overlap');
    previousEnd = period.end;
  }
}
