import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind } from '../domain/authority';
import { FieldEntity } from './field.entity';

export type DurationUnit = 'working_days' | 'working_hours' | 'calendar_days' | 'same_day';
export type DurationMode = 'working_time' | 'end_of_day';
export type SupplementPolicy = 'restart' | 'pause';

export interface RequiredDocument {
  name: string;
  required: boolean;
  /** bản chính (original), bản sao chứng thực (certified copy), bản sao (copy) */
  kind?: 'original' | 'certified_copy' | 'copy';
  copies?: number;
}

/** One step of the procedure's internal process (quy trình nội bộ) with its time budget in working hours. */
export interface ProcessStep {
  name: string;
  unit: string;
  workingHours: number;
}

/** A version of an administrative procedure (thủ tục hành chính), in force from `effectiveFrom`. */
@Entity('procedures')
export class ProcedureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'field_code', type: 'text' })
  fieldCode: string;

  @ManyToOne(() => FieldEntity, { eager: true })
  @JoinColumn({ name: 'field_code' })
  field: FieldEntity;

  @Column({ name: 'agency_level', type: 'text' })
  agencyLevel: 'province' | 'commune';

  @Column({ name: 'duration_value', type: 'numeric', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  durationValue: number;

  @Column({ name: 'duration_unit', type: 'text' })
  durationUnit: DurationUnit;

  @Column({ name: 'duration_mode', type: 'text', default: 'working_time' })
  durationMode: DurationMode;

  @Column({ name: 'supplement_policy', type: 'text', default: 'restart' })
  supplementPolicy: SupplementPolicy;

  /** Working days after the day of receipt within which a supplement request moves the deadline (default 3, NĐ 61 Art. 19.4). */
  @Column({ name: 'supplement_window_days', type: 'integer', default: 3 })
  supplementWindowDays: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  documents: RequiredDocument[];

  @Column({ name: 'fee_amount', type: 'integer', default: 0 })
  feeAmount: number;

  @Column({ name: 'fee_text', type: 'text', default: '' })
  feeText: string;

  @Column({ name: 'process_steps', type: 'jsonb', default: () => `'[]'` })
  processSteps: ProcessStep[];

  /** The resolving authority (cơ quan giải quyết) at the procedure's level: a kind of body… */
  @Column({ name: 'resolver_kind', type: 'text', default: 'people_committee' })
  resolverKind: AgencyKind;

  /** …or one named body (e.g. a provincial department); null: the receiving commune's own body of that kind. */
  @Column({ name: 'resolver_code', type: 'text', nullable: true })
  resolverCode: string | null;

  /** Where and how the result is collected, printed on the receipt. */
  @Column({ name: 'result_delivery', type: 'text', default: '' })
  resultDelivery: string;
}
