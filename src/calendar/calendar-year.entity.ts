import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NamedPeriod } from '../domain/calendar';

/** One year's official days off and make-up working Saturdays, as announced (or provisional). */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'days_off', type: 'jsonb' })
  daysOff: string[];

  @Column({ name: 'working_saturdays', type: 'jsonb' })
  workingSaturdays: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  periods: NamedPeriod[];

  @Column({ type: 'boolean' })
  confirmed: boolean;

  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text', default: 'migration' })
  updatedBy: string;
}
