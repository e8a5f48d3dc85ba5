import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionContext } from '../database/transaction-context';
import { SupplementRequestEntity } from './entities';

/** Requests to supplement a dossier (form 02), numbered per dossier. */
@Injectable()
export class SupplementRequestRepository {
  constructor(private readonly tx: TransactionContext) {}

  count(dossierId: string): Promise<number> {
    return this.tx.manager.count(SupplementRequestEntity, { where: { dossierId } });
  }

  byNumber(dossierId: string, number: number): Promise<SupplementRequestEntity | null> {
    return this.tx.manager.findOneBy(SupplementRequestEntity, { dossierId, number });
  }

  /** The newest request the applicant has not answered yet. */
  lastOpen(dossierId: string): Promise<SupplementRequestEntity | null> {
    return this.tx.manager.findOne(SupplementRequestEntity, { where: { dossierId, receivedAt: IsNull() }, order: { number: 'DESC' } });
  }

  async insert(fields: Omit<SupplementRequestEntity, 'id'>): Promise<SupplementRequestEntity> {
    const request = this.tx.manager.create(SupplementRequestEntity, fields);
    await this.tx.manager.insert(SupplementRequestEntity, request);
    return request;
  }

  async markReceived(id: string, receivedAt: Date): Promise<void> {
    await this.tx.manager.update(SupplementRequestEntity, { id }, { receivedAt });
  }
}
