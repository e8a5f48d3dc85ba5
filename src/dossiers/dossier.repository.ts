import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionContext } from '../database/transaction-context';
import { ApologyEntity, DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from './entities';
import { ReceivedDossierBatches } from './received-dossier-batches';
import { RECEIVED_DOSSIERS_BATCH_INSERT, receivedDossiersBatchParams, type ReceivedDossier, type ReceivedDossierAllocated } from './received-dossier-statement';
import type { AgencyRef, IssuedDocumentRow } from './dossier-queries';

const IDEMPOTENCY_SQL = `SELECT id FROM dossiers WHERE receiving_agency_code = $1 AND idempotency_key = $2`;

/** The dossier rows; the lock methods need the transaction of TransactionContext.run. */
@Injectable()
export class DossierRepository {
  private readonly received: ReceivedDossierBatches;

  constructor(private readonly tx: TransactionContext) {
    this.received = new ReceivedDossierBatches(
      (rows) => this.tx.prepared<ReceivedDossierAllocated>(RECEIVED_DOSSIERS_BATCH_INSERT.name, RECEIVED_DOSSIERS_BATCH_INSERT.text, receivedDossiersBatchParams(rows)),
      () => this.tx.inTransaction,
    );
  }

  findByCode(code: string): Promise<DossierEntity | null> {
    return this.tx.manager.findOneBy(DossierEntity, { code });
  }

  findById(id: string): Promise<DossierEntity | null> {
    return this.tx.manager.findOneBy(DossierEntity, { id });
  }

  /** Ids of the dossiers received in [from, to) by (or for) the given agencies. */
  async idsReceivedBetween(agencyCodes: string[], from: Date, to: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT id FROM dossiers WHERE received_at >= $1 AND received_at < $2 AND (receiving_agency_code = ANY($3) OR resolving_agency_code = ANY($3))`,
      [from, to, agencyCodes],
    );
    return rows.map((r) => r.id);
  }

  async anyReceivedBy(agencyCode: string): Promise<boolean> {
    const [row]: { present: boolean }[] = await this.tx.manager.query(`SELECT EXISTS (SELECT 1 FROM dossiers WHERE receiving_agency_code = $1) AS present`, [agencyCode]);
    return row.present;
  }

  /** A dossier known to exist (a foreign key named it). */
  getById(id: string): Promise<DossierEntity> {
    return this.tx.manager.findOneByOrFail(DossierEntity, { id });
  }

  findByIds(ids: string[]): Promise<DossierEntity[]> {
    return this.tx.manager.findBy(DossierEntity, { id: In(ids) });
  }

  /** Locked FOR UPDATE until the transaction ends. */
  lockByCode(code: string): Promise<DossierEntity | null> {
    return this.tx.manager.findOne(DossierEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
  }

  lockById(id: string): Promise<DossierEntity | null> {
    return this.tx.manager.findOne(DossierEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Dossiers in `statuses`, optionally of some resolving agencies, locked FOR UPDATE. */
  lockInStatuses(statuses: number[], resolvingAgencyCodes?: string[]): Promise<DossierEntity[]> {
    const where = resolvingAgencyCodes ? { status: In(statuses), resolvingAgencyCode: In(resolvingAgencyCodes) } : { status: In(statuses) };
    return this.tx.manager.find(DossierEntity, { where, lock: { mode: 'pessimistic_write' } });
  }

  async save(dossier: DossierEntity): Promise<void> {
    await this.tx.manager.save(DossierEntity, dossier);
  }

  async update(id: string, patch: Partial<DossierEntity>): Promise<void> {
    await this.tx.manager.update(DossierEntity, { id }, patch as never);
  }

  /**
   * Sequence, code, dossier row, receipt and `received` event in one prepared statement, shared with
   * the concurrent intakes of the same code series (see received-dossier-batches.ts). Returns the
   * dossier as stored; an Idempotency-Key already used at the centre is a unique violation.
   */
  async insertReceived(row: ReceivedDossier): Promise<DossierEntity> {
    const allocated = await this.received.insert(row);
    const { codeFormat: _format, systemOwnerDigits: _digits, event: _event, ...columns } = row;
    return Object.assign(new DossierEntity(), columns, {
      code: allocated.code,
      codeSequence: Number(allocated.code_sequence),
      originalDueAt: row.dueAt,
      version: 1,
    });
  }

  /** Not prepared: a repeat is rare, and a plan made for its own values cannot be one cached while the table was small. */
  async findByIdempotencyKey(agencyCode: string, key: string): Promise<DossierEntity | null> {
    const rows: { id: string }[] = await this.tx.manager.query(IDEMPOTENCY_SQL, [agencyCode, key]);
    return rows.length === 0 ? null : this.findById(rows[0].id);
  }

  /** Everything shown with a dossier: its steps, events, supplement requests, apology, agencies' names and issued documents. */
  async details(dossier: Pick<DossierEntity, 'id' | 'receivingAgencyCode' | 'resolvingAgencyCode'>) {
    const dossierId = dossier.id;
    const m = this.tx.manager;
    const [steps, events, supplementRequests, apology, agencies, issued] = await Promise.all([
      m.find(DossierStepEntity, { where: { dossierId }, order: { position: 'ASC' } }),
      m.find(DossierEventEntity, { where: { dossierId }, order: { id: 'ASC' } }),
      m.find(SupplementRequestEntity, { where: { dossierId }, order: { number: 'ASC' } }),
      m.findOneBy(ApologyEntity, { dossierId }),
      m.query(`SELECT code, name FROM agencies WHERE code IN ($1, $2)`, [dossier.receivingAgencyCode, dossier.resolvingAgencyCode]) as Promise<AgencyRef[]>,
      m.query(`SELECT form, number, issuer_code AS "issuerCode", issued_at AS "issuedAt" FROM issued_documents WHERE dossier_id = $1 ORDER BY issued_at, number`, [dossierId]) as Promise<IssuedDocumentRow[]>,
    ]);
    return { steps, events, supplementRequests, apology, agencies, issued };
  }
}
