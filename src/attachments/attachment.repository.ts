import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { AttachmentEntity } from './attachment.entity';

export interface ReusableRow {
  id: string;
  code: string;
  name: string;
  media_type: string;
  size: number;
  created_at: Date;
}

/** The files of digitised dossiers (their rows; the bytes are in the FileStorage). */
@Injectable()
export class AttachmentRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Oldest first. */
  ofDossier(dossierId: string): Promise<AttachmentEntity[]> {
    return this.tx.manager.find(AttachmentEntity, { where: { dossierId }, order: { createdAt: 'ASC', documentCode: 'ASC', id: 'ASC' } });
  }

  find(id: string, dossierId?: string): Promise<AttachmentEntity | null> {
    return this.tx.manager.findOneBy(AttachmentEntity, dossierId ? { id, dossierId } : { id });
  }

  insert(row: Partial<AttachmentEntity>): Promise<AttachmentEntity> {
    return this.tx.manager.save(AttachmentEntity, this.tx.manager.create(AttachmentEntity, row));
  }

  /** The newest file of each (content, name) among the applicant's other dossiers of these agencies. */
  reusable(applicantIdNumber: string, exceptDossierId: string, agencyCodes: string[]): Promise<ReusableRow[]> {
    return this.tx.manager.query(
      `SELECT DISTINCT ON (a.sha256, a.name) a.id, d.code, a.name, a.media_type, a.size, a.created_at
         FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
        WHERE a.applicant_id_number = $1 AND a.dossier_id <> $2
          AND (d.receiving_agency_code = ANY($3::text[]) OR d.resolving_agency_code = ANY($3::text[]))
        ORDER BY a.sha256, a.name, a.created_at DESC`,
      [applicantIdNumber, exceptDossierId, agencyCodes],
    );
  }
}
