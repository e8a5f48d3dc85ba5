import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SatisfactionLevel, SatisfactionSource } from '../domain/satisfaction';

/** A dossier's satisfaction rating (QĐ 766 indicator 5.4): at most one per dossier (the primary key). */
@Entity('satisfaction_ratings')
export class SatisfactionRatingEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ type: 'text' })
  level: SatisfactionLevel;

  @Column({ name: 'rated_at', type: 'timestamptz' })
  ratedAt: Date;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** counter: recorded by staff on the citizen's word; public: given by the citizen on the QR page. */
  @Column({ type: 'text', default: 'counter' })
  source: SatisfactionSource;

  /** The staff account that recorded it; null for the citizen's own rating. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}
