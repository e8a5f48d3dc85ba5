import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ReferenceCache, ReferenceCaches } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
import { AgencyEntity } from './agency.entity';

const AGENCY_SQL = `
  SELECT code, name, level, parent_code AS "parentCode", kind, head_title AS "headTitle", authority_code AS "authorityCode", governing_body AS "governingBody", place_name AS "placeName",
         address, phone, working_hours AS "workingHours", saturday_hours AS "saturdayHours", cutoff_time AS "cutoffTime",
         cutoff_starts_next_day AS "cutoffStartsNextDay", code_format AS "codeFormat", system_owner_digits AS "systemOwnerDigits"
    FROM agencies WHERE code = $1`;

/** Look-ups of agencies and the province → commune hierarchy used for access scope. */
@Injectable()
export class AgencyDirectory {
  private readonly byCode: ReferenceCache<AgencyEntity>;

  constructor(
    private readonly tx: TransactionContext,
    private readonly caches: ReferenceCaches,
  ) {
    this.byCode = caches.create(['agencies']);
  }

  private get agencies() {
    return this.tx.manager.getRepository(AgencyEntity);
  }

  list(): Promise<AgencyEntity[]> {
    return this.agencies.find({ order: { level: 'DESC', code: 'ASC' } });
  }

  /** A new agency (set-up tool); its code must be new. */
  async insert(agency: Partial<AgencyEntity>): Promise<void> {
    await this.agencies.insert(agency as never);
    this.caches.written('agencies');
  }

  exists(code: string): Promise<boolean> {
    return this.agencies.existsBy({ code });
  }

  /**
   * Every intake and report asks: kept in memory (ReferenceCache), read by one prepared statement.
   * Each caller gets its own copy.
   */
  async find(code: string): Promise<AgencyEntity | null> {
    const agency = await this.byCode.get(code, async () => {
      const rows = await this.tx.prepared<AgencyEntity>('agency_by_code', AGENCY_SQL, [code]);
      return rows.length === 0 ? null : rows[0];
    });
    return agency && Object.assign(new AgencyEntity(), agency);
  }

  async get(code: string): Promise<AgencyEntity> {
    const agency = await this.find(code);
    if (!agency) throw DomainError.notFound(`Agency ${code}`);
    return agency;
  }

  /**
   * The agency itself, every agency under it (a province's communes) and, within a commune, the
   * centre and the People's Committee it serves (each sees the other's dossiers): visible_agencies().
   */
  async visibleFrom(code: string): Promise<string[]> {
    const [row]: { visible: string[] }[] = await this.agencies.query(`SELECT visible_agencies($1) AS visible`, [code]);
    return row.visible;
  }

  /**
   * The agencies in an agency's line: itself, every agency under it and every one above it (not its
   * siblings: another commune of the same province is outside it).
   */
  async lineOf(code: string): Promise<string[]> {
    const rows: { code: string }[] = await this.agencies.query(
      `WITH RECURSIVE down AS (
         SELECT code FROM agencies WHERE code = $1
         UNION
         SELECT a.code FROM agencies a JOIN down d ON a.parent_code = d.code
       ), up AS (
         SELECT code, parent_code FROM agencies WHERE code = $1
         UNION
         SELECT a.code, a.parent_code FROM agencies a JOIN up u ON a.code = u.parent_code
       ) SELECT code FROM down UNION SELECT code FROM up`,
      [code],
    );
    return rows.map((row) => row.code);
  }
}
