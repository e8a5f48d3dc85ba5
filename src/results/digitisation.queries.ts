import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';

/** The half-open instants of a report period. */
export interface Period {
  from: Date;
  to: Date;
}

/** A dossier of the period and whether it meets the indicator. */
export interface DossierHit {
  code: string;
  hit: boolean;
}

/** The rows behind QĐ 766 group 4; dossiers count at their resolving agency. */
@Injectable()
export class DigitisationQueries {
  constructor(private readonly tx: TransactionContext) {}

  /** Dossiers resolved in the period: whether each has a signed electronic result (4.1). */
  electronicResults(agencies: string[], period: Period): Promise<DossierHit[]> {
    return this.hits(
      `SELECT d.code, EXISTS (SELECT 1 FROM dossier_results r WHERE r.dossier_id = d.id) AS hit
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.resolved_at >= $2 AND d.resolved_at < $3`,
      [agencies, period.from, period.to],
    );
  }

  /** Dossiers received in the period: whether any of their files was digitised (4.2). */
  digitised(agencies: string[], period: Period): Promise<DossierHit[]> {
    return this.hits(
      `SELECT d.code, EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.digitised) AS hit
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2 AND d.received_at < $3`,
      [agencies, period.from, period.to],
    );
  }

  /** Dossiers received in the period: whether a shared database answered a check of the applicant's data (4.4; an outage, `unavailable`, is no check). */
  sharedDataChecked(agencies: string[], period: Period): Promise<DossierHit[]> {
    return this.hits(
      `SELECT d.code, EXISTS (SELECT 1 FROM shared_data_checks c WHERE c.dossier_id = d.id AND c.outcome <> 'unavailable') AS hit
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2 AND d.received_at < $3`,
      [agencies, period.from, period.to],
    );
  }

  /** Per dossier received in the period: its files and how many were reused from earlier dossiers (4.3). */
  reuse(agencies: string[], period: Period): Promise<Array<{ code: string; total: string; reused: string }>> {
    return this.tx.manager.query(
      `SELECT d.code, count(*) AS total, count(*) FILTER (WHERE a.reuse_of IS NOT NULL) AS reused
         FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2 AND d.received_at < $3
        GROUP BY d.code ORDER BY d.code`,
      [agencies, period.from, period.to],
    );
  }

  private hits(sql: string, params: unknown[]): Promise<DossierHit[]> {
    return this.tx.manager.query(`${sql} ORDER BY d.code`, params);
  }
}
