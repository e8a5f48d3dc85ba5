import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyCalendarDayEntity } from './agency-calendar-day.entity';
import { CalendarYearEntity } from './calendar-year.entity';

/** Reads and writes of the calendar tables; every write bumps the revision that invalidates cached calendars. */
@Injectable()
export class CalendarStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Pass the transaction's manager when called inside one: a second pooled connection could deadlock the pool. */
  async revision(manager: EntityManager = this.db.manager): Promise<string> {
    const rows: { revision: string }[] = await manager.query(`SELECT revision FROM calendar_revision WHERE id = 1`);
    return rows[0].revision;
  }

  years(manager: EntityManager = this.db.manager): Promise<CalendarYearEntity[]> {
    return manager.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
  }

  year(year: number): Promise<CalendarYearEntity | null> {
    return this.db.getRepository(CalendarYearEntity).findOneBy({ year });
  }

  agencyExceptions(agencyCode: string, manager: EntityManager = this.db.manager): Promise<AgencyCalendarDayEntity[]> {
    return manager.getRepository(AgencyCalendarDayEntity).find({ where: { agencyCode }, order: { date: 'ASC' } });
  }

  async saveYear(manager: EntityManager, row: CalendarYearEntity): Promise<void> {
    await manager.getRepository(CalendarYearEntity).save(row);
    await this.bump(manager);
  }

  async replaceAgencyExceptions(manager: EntityManager, agencyCode: string, rows: AgencyCalendarDayEntity[]): Promise<void> {
    await manager.getRepository(AgencyCalendarDayEntity).delete({ agencyCode });
    if (rows.length > 0) await manager.getRepository(AgencyCalendarDayEntity).insert(rows);
    await this.bump(manager);
  }

  async bump(manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1`);
  }
}
