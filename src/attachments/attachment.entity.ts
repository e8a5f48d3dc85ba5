import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredMediaType } from '../domain/digitisation';

export type SourceKind = 'original' | 'certified_copy' | 'copy';

/** A document of a dossier stored as a file (thành phần hồ sơ số hóa), or reused from an earlier dossier. */
@Entity('attachments')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  /** The procedure's document it stands for (MaThanhPhanHoSo). */
  @Column({ name: 'document_code', type: 'text' })
  documentCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: StoredMediaType;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text' })
  storage: 'postgres' | 's3';

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  /** Scanned from paper at the counter (số hóa), as opposed to a file the applicant sent. */
  @Column({ type: 'boolean' })
  digitised: boolean;

  /** What the file is a picture of: bản chính, bản sao chứng thực, bản sao. */
  @Column({ name: 'source_kind', type: 'text' })
  sourceKind: SourceKind;

  /** The earlier attachment of the same applicant this one reuses (QĐ 766 indicator 4.3). */
  @Column({ name: 'reuse_of', type: 'uuid', nullable: true })
  reuseOf: string | null;

  @Column({ name: 'applicant_id_number', type: 'text' })
  applicantIdNumber: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
