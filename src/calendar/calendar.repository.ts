import { Injectable } from '@nestjs/common';
import { AgencyEntity } from '../catalogue';
import { ReferenceCaches } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
import { AgencyCalendarDayEntity } from './agency-calendar-day.entity';
import { CalendarYearEntity } from './calendar-year.entity';

export type AgencyHours = Partial<Pick<AgencyEntity, 'workingHours' | 'saturdayHours' | 'cutoffTime' | 'cutoffStartsNextDay'>>;

/** The calendar tables; every write bumps the revision that invalidates cached calendars. */
@Injectable()
export class CalendarRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly caches: ReferenceCaches,
  ) {}

  async revision(): Promise<string> {
    const rows: { revision: string }[] = await this.tx.manager.query(`SELECT revision FROM calendar_revision WHERE id = 1`);
    return rows[0].revision;
  }

  years(): Promise<CalendarYearEntity[]> {
    return this.tx.manager.find(CalendarYearEntity, { order: { year: 'ASC' } });
  }

  year(year: number): Promise<CalendarYearEntity | null> {
    return this.tx.manager.findOneBy(CalendarYearEntity, { year });
  }

  agencyExceptions(agencyCode: string): Promise<AgencyCalendarDayEntity[]> {
    return this.tx.manager.find(AgencyCalendarDayEntity, { where: { agencyCode }, order: { date: 'ASC' } });
  }

  async saveYear(row: CalendarYearEntity): Promise<void> {
    await this.tx.manager.save(CalendarYearEntity, row);
    await this.bump();
  }

  /** An agency's working hours and cut-off live on its catalogue row. */
  async updateAgencyHours(agencyCode: string, hours: AgencyHours): Promise<void> {
    await this.tx.manager.update(AgencyEntity, { code: agencyCode }, hours as never);
    this.caches.written('agencies');
  }

  async replaceAgencyExceptions(agencyCode: string, rows: AgencyCalendarDayEntity[]): Promise<void> {
    await this.tx.manager.delete(AgencyCalendarDayEntity, { agencyCode });
    if (rows.length > 0) await this.tx.manager.insert(AgencyCalendarDayEntity, rows);
    await this.bump();
  }

  async bump(): Promise<void> {
    await this.tx.manager.query(`UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1`);
    this.caches.written('calendar_revision');
  }
}
