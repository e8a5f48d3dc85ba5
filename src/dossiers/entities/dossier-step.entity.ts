import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type StepResult = 'early' | 'on_time' | 'late';

/** A row of the processing control slip (phiếu kiểm soát quá trình giải quyết hồ sơ): one hand-off. */
@Entity('dossier_steps')
export class DossierStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'from_unit', type: 'text' })
  fromUnit: string;

  @Column({ name: 'from_officer', type: 'text', nullable: true })
  fromOfficer: string | null;

  @Column({ name: 'to_unit', type: 'text' })
  toUnit: string;

  @Column({ name: 'to_officer', type: 'text', nullable: true })
  toOfficer: string | null;

  @Column({ name: 'to_user_id', type: 'uuid', nullable: true })
  toUserId: string | null;

  @Column({ name: 'handed_at', type: 'timestamptz' })
  handedAt: Date;

  /** When the receiver's work starts counting (the 15:00 cut-off may push the first step to the next morning). */
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Class of this row's step (the receiver's work), set when it is handed on or the dossier ends. */
  @Column({ type: 'text', nullable: true })
  result: StepResult | null;

  /**
   * Class of the giver's step that ended with this hand-off, as the receiving side records it on the
   * control slip (trước hạn / đúng hạn / quá hạn); for the first row, the counter's step.
   */
  @Column({ name: 'handover_result', type: 'text', nullable: true })
  handoverResult: StepResult | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
