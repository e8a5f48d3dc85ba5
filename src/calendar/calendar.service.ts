import { Injectable } from '@nestjs/common';
import { AgencyDirectory } from '../catalogue';
import { ReferenceCache, ReferenceCaches } from '../database/reference-cache';
import { DomainError } from '../common/errors/domain-error';
import { CalendarError, computeDueDate, type DueDate, type Duration, WorkingCalendar } from '../domain/calendar';
import { agencyDefinition, baseDefinition } from './calendar-definitions';
import { CalendarRepository } from './calendar.repository';

const DEFAULT_KEY = '*';
/** The tables a calendar is built from (an agency's hours and cut-off are on its catalogue row). */
const CALENDAR_TABLES = ['calendar_years', 'agency_calendar_days', 'calendar_revision', 'agencies'];

/**
 * Working calendars built from the database: the default (official days off, default hours) and one
 * per agency with its own hours and exceptions. Kept while no NOTIFY says their tables changed
 * (ReferenceCache: an edit through any instance is seen by all of them at once); while that cannot
 * be heard, or inside a transaction, each computation checks the calendar revision instead.
 */
@Injectable()
export class CalendarService {
  private cache = new Map<string, WorkingCalendar>();
  private cachedRevision: string | null = null;
  private readonly heard: ReferenceCache<WorkingCalendar>;

  constructor(
    private readonly store: CalendarRepository,
    private readonly agencies: AgencyDirectory,
    caches: ReferenceCaches,
  ) {
    this.heard = caches.create(CALENDAR_TABLES, 1_000);
  }

  async calendarFor(agencyCode?: string | null): Promise<WorkingCalendar> {
    return (await this.heard.get(agencyCode ?? DEFAULT_KEY, () => this.byRevision(agencyCode)))!;
  }

  private async byRevision(agencyCode?: string | null): Promise<WorkingCalendar> {
    await this.dropIfStale();
    const key = agencyCode ?? DEFAULT_KEY;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const calendar = await this.build(agencyCode ?? null);
    this.cache.set(key, calendar);
    return calendar;
  }

  /** Outside the computed years (2000–2100) the answer is a 400 naming `from`, never a 500. */
  async dueDate(agencyCode: string | null, from: Date, duration: Duration): Promise<DueDate> {
    const calendar = await this.calendarFor(agencyCode);
    try {
      return computeDueDate(calendar, from, duration);
    } catch (error) {
      if (error instanceof CalendarError && error.code === 'CALENDAR_OUT_OF_RANGE') {
        throw DomainError.invalid('from', `the calendar covers ${calendar.range.firstYear}–${calendar.range.lastYear}: ${error.message}`);
      }
      throw error;
    }
  }

  private async build(agencyCode: string | null): Promise<WorkingCalendar> {
    const base = baseDefinition(await this.store.years());
    if (!agencyCode) return WorkingCalendar.create(base);
    const agency = await this.agencies.find(agencyCode);
    if (!agency) throw DomainError.invalid('agencyCode', `unknown agency ${agencyCode}`);
    const exceptions = await this.store.agencyExceptions(agencyCode);
    return WorkingCalendar.create(agencyDefinition(base, agency, exceptions));
  }

  private async dropIfStale(): Promise<void> {
    const revision = await this.store.revision();
    if (revision !== this.cachedRevision) {
      this.cache = new Map();
      this.cachedRevision = revision;
    }
  }
}
