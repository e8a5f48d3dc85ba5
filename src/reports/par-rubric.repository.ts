import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { ParRubricEntity } from './par-rubric.entity';

/** PAR INDEX rubrics stored as configuration. */
@Injectable()
export class ParRubricRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get rubrics() {
    return this.tx.manager.getRepository(ParRubricEntity);
  }

  /** The default rubrics first, then by province, year and id. */
  all(): Promise<ParRubricEntity[]> {
    return this.rubrics.createQueryBuilder('r').orderBy('r.province_code', 'ASC', 'NULLS FIRST').addOrderBy('r.year', 'ASC').addOrderBy('r.id', 'ASC').getMany();
  }

  find(id: string): Promise<ParRubricEntity | null> {
    return this.rubrics.findOneBy({ id });
  }

  async save(row: ParRubricEntity): Promise<void> {
    await this.rubrics.save(row);
  }

  /** The built-in illustrative rubric as stored (it may have been edited). */
  example(): Promise<ParRubricEntity | null> {
    return this.rubrics.findOne({ where: { example: true }, order: { year: 'DESC' } });
  }

  /** The province's own rubric for the year, else a default one for that year, never the example. */
  async configuredFor(province: string | null, year: number): Promise<ParRubricEntity | null> {
    const rows: Array<{ id: string }> = await this.rubrics.query(
      `SELECT id FROM par_rubrics
        WHERE NOT example AND year = $2 AND (province_code = $1 OR province_code IS NULL)
        ORDER BY province_code NULLS LAST, id
        LIMIT 1`,
      [province, year],
    );
    return rows[0] ? this.find(rows[0].id) : null;
  }

  /**
   * The province's rubric for that year, else its latest earlier one, else the default rubric chosen
   * the same way, else the nearest later one.
   */
  async nearestFor(province: string | null, year: number): Promise<ParRubricEntity | null> {
    const rows: Array<{ id: string }> = await this.rubrics.query(
      `SELECT id FROM par_rubrics
        WHERE province_code = $1 OR province_code IS NULL
        ORDER BY CASE WHEN province_code IS NOT NULL AND year <= $2 THEN 0
                      WHEN province_code IS NULL AND year <= $2 THEN 1
                      WHEN province_code IS NULL THEN 2
                      ELSE 3 END,
                 abs(year - $2), id
        LIMIT 1`,
      [province, year],
    );
    return rows[0] ? this.find(rows[0].id) : null;
  }

  /** The province-level agency an agency belongs to (itself for a province), or null. */
  async provinceOf(agencyCode: string): Promise<string | null> {
    const rows: Array<{ code: string }> = await this.rubrics.query(
      `WITH RECURSIVE up AS (
         SELECT code, parent_code, level, 0 AS depth FROM agencies WHERE code = $1
         UNION ALL
         SELECT a.code, a.parent_code, a.level, up.depth + 1 FROM agencies a JOIN up ON a.code = up.parent_code WHERE up.depth < 10
       ) SELECT code FROM up WHERE level = 'province' ORDER BY depth LIMIT 1`,
      [agencyCode],
    );
    return rows[0]?.code ?? null;
  }
}
