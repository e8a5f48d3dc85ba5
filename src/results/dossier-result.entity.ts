import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An electronic result (kết quả giải quyết điện tử): a PDF signed by the resolving authority. */
@Entity('dossier_results')
export class DossierResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ type: 'integer' })
  number: number;

  /** MaGiayToKetQua sent to DVCQG: the dossier code and the result's number. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  size: number;

  /** SHA-256 of the signed file as stored; checked again on every download. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text' })
  storage: 'postgres' | 's3';

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'signer_subject', type: 'text' })
  signerSubject: string;

  /** Signed with the demo's self-signed certificate: no legal value. */
  @Column({ name: 'demo_certificate', type: 'boolean' })
  demoCertificate: boolean;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
