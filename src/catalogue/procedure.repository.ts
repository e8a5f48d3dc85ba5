import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ReferenceCache, ReferenceCaches } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
import { FieldEntity } from './field.entity';
import { ProcedureEntity } from './procedure.entity';

/** The version in force on $2: effective_from <= date < effective_to (open-ended when null), as inForce(). */
const VERSION_IN_FORCE_SQL = `
  SELECT p.id, p.code, p.version, to_char(p.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
         to_char(p.effective_to, 'YYYY-MM-DD') AS "effectiveTo", p.name, p.field_code AS "fieldCode", p.agency_level AS "agencyLevel",
         p.duration_value::float8 AS "durationValue", p.duration_unit AS "durationUnit", p.duration_mode AS "durationMode",
         p.supplement_policy AS "supplementPolicy", p.supplement_window_days AS "supplementWindowDays", p.documents, p.fee_amount AS "feeAmount", p.fee_text AS "feeText",
         p.process_steps AS "processSteps", p.result_delivery AS "resultDelivery",
         p.resolver_kind AS "resolverKind", p.resolver_code AS "resolverCode", f.name AS "fieldName"
    FROM procedures p JOIN fields f ON f.code = p.field_code
   WHERE p.code = $1 AND p.effective_from <= $2::date AND (p.effective_to IS NULL OR p.effective_to > $2::date)
   ORDER BY p.effective_from DESC
   LIMIT 1`;

type ProcedureRow = Omit<ProcedureEntity, 'field'> & { fieldName: string };

/** Procedures with their versions: a dossier always uses the version in force on its receipt date. */
@Injectable()
export class ProcedureCatalogue {
  private readonly inForceOn: ReferenceCache<ProcedureRow>;

  constructor(
    private readonly tx: TransactionContext,
    private readonly caches: ReferenceCaches,
  ) {
    this.inForceOn = caches.create(['procedures', 'fields']);
  }

  private get procedures() {
    return this.tx.manager.getRepository(ProcedureEntity);
  }

  /** Versions in force on `date` (YYYY-MM-DD), optionally for one agency level and a search text. */
  async inForce(date: string, filter: { level?: 'province' | 'commune'; q?: string } = {}): Promise<ProcedureEntity[]> {
    const query = this.procedures
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.field', 'field')
      .where('p.effective_from <= :date AND (p.effective_to IS NULL OR p.effective_to > :date)', { date })
      .orderBy('field.name', 'ASC')
      .addOrderBy('p.name', 'ASC');
    if (filter.level) query.andWhere('p.agency_level = :level', { level: filter.level });
    if (filter.q) {
      query.andWhere(`(unaccent_vi(p.name) ILIKE unaccent_vi(:q) OR p.code ILIKE :q)`, { q: `%${escapeLike(filter.q)}%` });
    }
    return query.getMany();
  }

  /**
   * Every intake asks: kept in memory per code and date (ReferenceCache), read by one prepared
   * statement (the same columns TypeORM maps). Each caller gets its own entity.
   */
  async versionInForce(code: string, date: string): Promise<ProcedureEntity> {
    const row = await this.inForceOn.get(`${code}\n${date}`, async () => {
      const rows = await this.tx.prepared<ProcedureRow>('procedure_in_force', VERSION_IN_FORCE_SQL, [code, date]);
      return rows[0] ?? null;
    });
    if (!row) throw DomainError.invalid('procedureCode', `no procedure ${code} in force on ${date}`);
    const { fieldName, ...columns } = row;
    return Object.assign(new ProcedureEntity(), columns, { field: Object.assign(new FieldEntity(), { code: columns.fieldCode, name: fieldName }) });
  }

  /**
   * Sets the supplement window (working days after the day of receipt) of a procedure's versions in
   * force on `date` or later. Requests already made keep the verdict recorded when they were made.
   */
  async setSupplementWindow(code: string, date: string, days: number): Promise<ProcedureEntity> {
    if (!Number.isInteger(days) || days < 1 || days > 60) throw DomainError.invalid('supplementWindowDays', 'must be a whole number of working days from 1 to 60');
    const current = await this.versionInForce(code, date).catch(() => null);
    if (!current) throw DomainError.notFound(`Procedure ${code} in force on ${date}`);
    await this.procedures
      .createQueryBuilder()
      .update(ProcedureEntity)
      .set({ supplementWindowDays: days })
      .where('code = :code AND (effective_to IS NULL OR effective_to > :date)', { code, date })
      .execute();
    this.caches.written('procedures');
    return this.versionInForce(code, date);
  }

  findById(id: string): Promise<ProcedureEntity | null> {
    return this.procedures.findOne({ where: { id }, relations: { field: true } });
  }

  /** The version a dossier names: it always exists (a foreign key). */
  getById(id: string): Promise<ProcedureEntity> {
    return this.procedures.findOneByOrFail({ id });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
