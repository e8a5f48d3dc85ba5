import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { ApologyEntity } from './entities';

/** A dossier's apology and new appointment (form 04): at most one. */
@Injectable()
export class ApologyRepository {
  constructor(private readonly tx: TransactionContext) {}

  ofDossier(dossierId: string): Promise<ApologyEntity | null> {
    return this.tx.manager.findOneBy(ApologyEntity, { dossierId });
  }

  async insert(fields: Omit<ApologyEntity, 'id'>): Promise<ApologyEntity> {
    const apology = this.tx.manager.create(ApologyEntity, fields);
    await this.tx.manager.insert(ApologyEntity, apology);
    return apology;
  }
}
