import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { DossierResultEntity } from './dossier-result.entity';

/** Electronic results of dossiers, numbered per dossier, and the log of their downloads. */
@Injectable()
export class DossierResultRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** The next number of the dossier's results; lock the dossier first so two issues never share one. */
  async nextNumber(dossierId: string): Promise<number> {
    const [{ next }] = await this.tx.manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM dossier_results WHERE dossier_id = $1', [dossierId]);
    return next;
  }

  insert(fields: Omit<DossierResultEntity, 'id'>): Promise<DossierResultEntity> {
    return this.tx.manager.save(DossierResultEntity, this.tx.manager.create(DossierResultEntity, fields));
  }

  ofDossier(dossierId: string): Promise<DossierResultEntity[]> {
    return this.tx.manager.find(DossierResultEntity, { where: { dossierId }, order: { number: 'ASC' } });
  }

  find(id: string, dossierId: string): Promise<DossierResultEntity | null> {
    return this.tx.manager.findOneBy(DossierResultEntity, { id, dossierId });
  }

  async recordDownload(download: { resultId: string; channel: 'staff' | 'public'; at: Date; client: string | null; userId: string | null }): Promise<void> {
    await this.tx.manager.query('INSERT INTO result_downloads (result_id, channel, downloaded_at, client, user_id) VALUES ($1, $2, $3, $4, $5)', [
      download.resultId,
      download.channel,
      download.at,
      download.client,
      download.userId,
    ]);
  }
}
