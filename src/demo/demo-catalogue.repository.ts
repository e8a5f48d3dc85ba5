import { Injectable } from '@nestjs/common';
import { AgencyEntity } from '../catalogue';
import { FieldEntity } from '../catalogue';
import { ProcedureEntity } from '../catalogue';
import { TransactionContext } from '../database/transaction-context';

/** Writes of the demo catalogue: every one leaves existing rows as they are. */
@Injectable()
export class DemoCatalogueRepository {
  constructor(private readonly tx: TransactionContext) {}

  async insertMissingAgencies(agencies: Partial<AgencyEntity>[]): Promise<void> {
    await this.tx.manager.createQueryBuilder().insert().into(AgencyEntity).values(agencies).orIgnore().execute();
  }

  /** A demo database seeded before resolving authorities existed: link its centre to its committee. */
  async linkCentreToAuthority(centre: string, committee: string): Promise<void> {
    await this.tx.manager.query(`UPDATE agencies SET authority_code = $2 WHERE code = $1 AND authority_code IS NULL`, [centre, committee]);
  }

  /** …and move a user of one agency to another (the demo head now belongs to the committee). */
  async moveUser(username: string, from: string, to: string): Promise<void> {
    await this.tx.manager.query(`UPDATE users SET agency_code = $3 WHERE username = $1 AND agency_code = $2`, [username, from, to]);
  }

  async insertMissingFields(fields: Partial<FieldEntity>[]): Promise<void> {
    await this.tx.manager.createQueryBuilder().insert().into(FieldEntity).values(fields).orIgnore().execute();
  }

  async insertProcedureIfMissing(procedure: Partial<ProcedureEntity> & Pick<ProcedureEntity, 'code' | 'version'>): Promise<void> {
    const exists = await this.tx.manager.existsBy(ProcedureEntity, { code: procedure.code, version: procedure.version });
    if (!exists) await this.tx.manager.insert(ProcedureEntity, procedure as never);
  }
}
