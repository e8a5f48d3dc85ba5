import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency's own due-soon windows (working minutes); a null column falls back to the service default. */
@Entity('lateness_settings')
export class LatenessSettingsEntity {
  @PrimaryColumn({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @Column({ name: 'due_soon_working_minutes', type: 'integer', nullable: true })
  dueSoonWorkingMinutes: number | null;

  @Column({ name: 'step_due_soon_working_minutes', type: 'integer', nullable: true })
  stepDueSoonWorkingMinutes: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;
}
