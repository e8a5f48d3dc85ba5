import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export type Channel = 'direct' | 'online' | 'postal';

export interface SubmittedDocument {
  name: string;
  copies: number;
}

/** A citizen's administrative dossier (hồ sơ thủ tục hành chính). */
@Entity('dossiers')
export class DossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'code_agency', type: 'text' })
  codeAgency: string;

  @Column({ name: 'code_date', type: 'date' })
  codeDate: string;

  @Column({ name: 'code_sequence', type: 'integer' })
  codeSequence: number;

  @Column({ name: 'receiving_agency_code', type: 'text' })
  receivingAgencyCode: string;

  @Column({ name: 'resolving_agency_code', type: 'text' })
  resolvingAgencyCode: string;

  @Column({ name: 'procedure_id', type: 'uuid' })
  procedureId: string;

  @Column({ name: 'procedure_code', type: 'text' })
  procedureCode: string;

  @Column({ name: 'procedure_version', type: 'integer' })
  procedureVersion: number;

  /** The rule set in force at receipt (e.g. NĐ 118/2025), kept so later rule changes never move this dossier. */
  @Column({ name: 'rule_version', type: 'text' })
  ruleVersion: string;

  @Column({ name: 'applicant_kind', type: 'text' })
  applicantKind: 'person' | 'organisation';

  @Column({ name: 'applicant_name', type: 'text' })
  applicantName: string;

  @Column({ name: 'applicant_id_number', type: 'text' })
  applicantIdNumber: string;

  @Column({ name: 'applicant_phone', type: 'text' })
  applicantPhone: string;

  @Column({ name: 'applicant_email', type: 'text', nullable: true })
  applicantEmail: string | null;

  @Column({ name: 'applicant_address', type: 'text' })
  applicantAddress: string;

  @Column({ type: 'jsonb', nullable: true })
  representative: { fullName: string; idNumber?: string; phone?: string } | null;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'jsonb' })
  documents: SubmittedDocument[];

  @Column({ name: 'sets_count', type: 'integer', default: 1 })
  setsCount: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  @Column({ type: 'smallint' })
  status: number;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** The current appointment (moved by an apology). */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** The appointment from the processing clock, ignoring any apology: the reference for on-time classes. */
  @Column({ name: 'original_due_at', type: 'timestamptz' })
  originalDueAt: Date;

  @Column({ type: 'boolean', default: false })
  provisional: boolean;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  /** When processing ended without a result (refused, withdrawn, stopped). */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: 'approved' | 'rejected' | null;

  @Column({ name: 'return_method', type: 'text', nullable: true })
  returnMethod: 'counter' | 'postal' | 'online' | null;

  /** SHA-256 of the citizen's tracking token (src/dossiers/tracking-tokens.ts); never the token. */
  @Column({ name: 'tracking_token_hash', type: 'bytea', select: false })
  trackingTokenHash: Buffer;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** Entry in the tracking register (sổ theo dõi hồ sơ): written at receipt by the database, never renumbered. */
  @Column({ name: 'register_year', type: 'integer', insert: false, update: false })
  registerYear: number;

  @Column({ name: 'register_book', type: 'integer', insert: false, update: false })
  registerBook: number;

  @Column({ name: 'register_entry', type: 'integer', insert: false, update: false })
  registerEntry: number;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
