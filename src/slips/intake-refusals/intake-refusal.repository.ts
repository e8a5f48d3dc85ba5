import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../../database/transaction-context';
import { IntakeRefusalEntity } from './intake-refusal.entity';

/** Refusals at the counter, numbered per agency. */
@Injectable()
export class IntakeRefusalRepository {
  constructor(private readonly tx: TransactionContext) {}

  /**
   * The agency's next refusal number, or null for an unknown agency. The agency row is locked first
   * (FOR NO KEY UPDATE: it does not block dossier inserts referencing the agency), so concurrent
   * refusals take turns and each sees the number the previous one committed: unique, and a
   * rolled-back refusal leaves no gap. Inside a transaction.
   */
  async nextNumber(agencyCode: string): Promise<number | null> {
    const agency: unknown[] = await this.tx.manager.query(`SELECT code FROM agencies WHERE code = $1 FOR NO KEY UPDATE`, [agencyCode]);
    if (agency.length === 0) return null;
    const rows: { next: number }[] = await this.tx.manager.query(`SELECT COALESCE(MAX(number), 0) + 1 AS next FROM intake_refusals WHERE agency_code = $1`, [agencyCode]);
    return Number(rows[0].next);
  }

  async insert(fields: Omit<IntakeRefusalEntity, 'id'>): Promise<IntakeRefusalEntity> {
    const refusal = this.tx.manager.create(IntakeRefusalEntity, fields);
    await this.tx.manager.insert(IntakeRefusalEntity, refusal);
    return refusal;
  }

  find(id: string): Promise<IntakeRefusalEntity | null> {
    return this.tx.manager.findOneBy(IntakeRefusalEntity, { id });
  }
}
