import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OnTimeDefinition, ParBand } from '../domain/reports';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

/** A PAR INDEX rubric for the on-time rate, per province (NULL: the default) and year: configuration, not code. */
@Entity('par_rubrics')
export class ParRubricEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'province_code', type: 'text', nullable: true })
  provinceCode: string | null;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text' })
  definition: OnTimeDefinition;

  @Column({ name: 'max_score', type: 'numeric', transformer: numeric })
  maxScore: number;

  @Column({ type: 'jsonb' })
  bands: ParBand[];

  /** The built-in illustrative rubric: shown as an example, never the source of a score. */
  @Column({ type: 'boolean', default: false })
  example: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;
}
