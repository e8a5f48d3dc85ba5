import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';

/** Satisfaction ratings: at most one per dossier (its primary key). */
@Injectable()
export class SatisfactionRatingRepository {
  constructor(private readonly tx: TransactionContext) {}

  ofDossier(dossierId: string): Promise<SatisfactionRatingEntity | null> {
    return this.tx.manager.findOneBy(SatisfactionRatingEntity, { dossierId });
  }

  exists(dossierId: string): Promise<boolean> {
    return this.tx.manager.existsBy(SatisfactionRatingEntity, { dossierId });
  }

  async insert(rating: SatisfactionRatingEntity): Promise<void> {
    await this.tx.manager.insert(SatisfactionRatingEntity, rating);
  }
}
