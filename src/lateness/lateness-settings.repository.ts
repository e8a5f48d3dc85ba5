import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { LatenessSettingsEntity } from './lateness-settings.entity';

/** Agencies' own due-soon windows (absent: the service default). */
@Injectable()
export class LatenessSettingsRepository {
  constructor(private readonly tx: TransactionContext) {}

  ofAgency(agencyCode: string): Promise<LatenessSettingsEntity | null> {
    return this.tx.manager.findOneBy(LatenessSettingsEntity, { agencyCode });
  }

  all(): Promise<LatenessSettingsEntity[]> {
    return this.tx.manager.find(LatenessSettingsEntity);
  }

  /** Inserts or replaces the agency's row; returns it as stored. */
  save(row: LatenessSettingsEntity): Promise<LatenessSettingsEntity> {
    return this.tx.manager.save(LatenessSettingsEntity, this.tx.manager.create(LatenessSettingsEntity, row));
  }
}
