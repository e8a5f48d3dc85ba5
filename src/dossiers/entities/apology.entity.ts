import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The apology and new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04): at most one per dossier. */
@Entity('apologies')
export class ApologyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid', unique: true })
  dossierId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'previous_due_at', type: 'timestamptz' })
  previousDueAt: Date;

  @Column({ name: 'new_due_at', type: 'timestamptz' })
  newDueAt: Date;

  @Column({ name: 'signer_name', type: 'text' })
  signerName: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;

  /** Issued less than one working day before the due instant, or after it. */
  @Column({ type: 'boolean' })
  late: boolean;
}
