import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import type { SharedDataOutcome, SharedDatabase } from '../domain/digitisation';

export interface SharedDataCheck {
  id: string;
  source: SharedDatabase;
  outcome: SharedDataOutcome;
  reference: string | null;
  checkedAt: Date;
  checkedByName: string;
}

export interface NewSharedDataCheck {
  dossierId: string;
  source: SharedDatabase;
  outcome: SharedDataOutcome;
  reference: string | null;
  checkedAt: Date;
  checkedBy: string;
  checkedByName: string;
}

const COLUMNS = `id, source, outcome, reference, checked_at AS "checkedAt", checked_by_name AS "checkedByName"`;

/** The shared-data checks of dossiers (append-only). */
@Injectable()
export class SharedDataCheckRepository {
  constructor(private readonly tx: TransactionContext) {}

  async add(check: NewSharedDataCheck): Promise<SharedDataCheck> {
    const rows: SharedDataCheck[] = await this.tx.manager.query(
      `INSERT INTO shared_data_checks (dossier_id, source, outcome, reference, checked_at, checked_by, checked_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [check.dossierId, check.source, check.outcome, check.reference, check.checkedAt, check.checkedBy, check.checkedByName],
    );
    return rows[0];
  }

  ofDossier(dossierId: string): Promise<SharedDataCheck[]> {
    return this.tx.manager.query(`SELECT ${COLUMNS} FROM shared_data_checks WHERE dossier_id = $1 ORDER BY checked_at, id`, [dossierId]);
  }
}
