import type { EntityManager } from 'typeorm';

/**
 * The next sequence number of an agency's day. The row lock taken by the upsert serialises concurrent
 * intakes, and a rolled-back intake rolls its number back too: unique and gapless.
 */
export async function nextDossierSequence(manager: EntityManager, agencyCode: string, localDate: string): Promise<number> {
  const rows: { last_value: number }[] = await manager.query(
    `INSERT INTO dossier_sequences (agency_code, receipt_date, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (agency_code, receipt_date) DO UPDATE SET last_value = dossier_sequences.last_value + 1
     RETURNING last_value`,
    [agencyCode, localDate],
  );
  return rows[0].last_value;
}
