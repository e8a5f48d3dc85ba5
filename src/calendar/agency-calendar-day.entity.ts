import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency's own exception to the official calendar: an extra day off or an extra working day. */
@Entity('agency_calendar_days')
export class AgencyCalendarDayEntity {
  @PrimaryColumn({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'text', default: '' })
  reason: string;
}
