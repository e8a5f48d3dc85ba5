import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionContext } from '../database/transaction-context';
import { DossierStepEntity, type StepResult } from './entities';

/** The rows of a dossier's control slip (phiếu kiểm soát). */
@Injectable()
export class DossierStepRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** In slip order. */
  list(dossierId: string): Promise<DossierStepEntity[]> {
    return this.tx.manager.find(DossierStepEntity, { where: { dossierId }, order: { position: 'ASC' } });
  }

  /** The newest row (the open one while the dossier is being handed on). */
  last(dossierId: string): Promise<DossierStepEntity | null> {
    return this.tx.manager.findOne(DossierStepEntity, { where: { dossierId }, order: { position: 'DESC' } });
  }

  findByIds(ids: string[]): Promise<DossierStepEntity[]> {
    return this.tx.manager.findBy(DossierStepEntity, { id: In(ids) });
  }

  count(dossierId: string): Promise<number> {
    return this.tx.manager.countBy(DossierStepEntity, { dossierId });
  }

  /** A new row built from `fields` (an entity, as the rest of the service expects). */
  async insert(fields: Omit<DossierStepEntity, 'id'>): Promise<DossierStepEntity> {
    const step = this.tx.manager.create(DossierStepEntity, fields);
    await this.tx.manager.insert(DossierStepEntity, step);
    return step;
  }

  async finish(id: string, finishedAt: Date, result: StepResult): Promise<void> {
    await this.tx.manager.update(DossierStepEntity, { id }, { finishedAt, result });
  }
}
