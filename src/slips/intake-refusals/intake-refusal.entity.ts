import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The applicant as typed at the counter; kept with the refusal so the slip reprints identically. */
export interface RefusedApplicant {
  kind: 'person' | 'organisation';
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

/** A dossier refused at the counter before it was registered (phiếu từ chối tiếp nhận, form 03). */
@Entity('intake_refusals')
export class IntakeRefusalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  /** The procedure version in force on the day of the refusal. */
  @Column({ name: 'procedure_id', type: 'uuid' })
  procedureId: string;

  @Column({ type: 'jsonb' })
  applicant: RefusedApplicant;

  @Column({ type: 'jsonb' })
  reasons: string[];

  @Column({ name: 'refused_at', type: 'timestamptz' })
  refusedAt: Date;

  @Column({ name: 'refused_by', type: 'uuid', nullable: true })
  refusedBy: string | null;

  @Column({ name: 'refused_by_name', type: 'text' })
  refusedByName: string;

  /** 1, 2, … per agency, never reused: the slip's "Số". */
  @Column({ type: 'integer' })
  number: number;
}
