import { queryRows } from '../../support/table-checksums';
import { parseDossierCode } from '../../../../src/domain/dossier/dossier-code';

export interface DossierRow {
  code: string;
  agency: string;
  date: string;
  sequence: number;
  receivedEvents: number;
  eventCode: string | null;
}

/** Every dossier with its `received` events, as stored. */
export function storedDossiers(databaseUrl: string): Promise<DossierRow[]> {
  return queryRows<DossierRow>(
    databaseUrl,
    `SELECT d.code, d.code_agency AS agency, d.code_date::text AS date, d.code_sequence AS sequence,
            count(e.id) FILTER (WHERE e.type = 'received')::int AS "receivedEvents",
            max(e.data->>'code') FILTER (WHERE e.type = 'received') AS "eventCode"
       FROM dossiers d LEFT JOIN dossier_events e ON e.dossier_id = d.id
      GROUP BY d.id ORDER BY d.code`,
  );
}

/**
 * What must hold whatever happened to the service: each dossier has exactly one `received` event
 * naming its code, each code reads back to its stored sequence, and each agency's day is numbered
 * 1…n without a gap, with the day's counter at n. Returns the problems found (none when sound).
 */
export async function integrityProblems(databaseUrl: string): Promise<string[]> {
  const dossiers = await storedDossiers(databaseUrl);
  const problems: string[] = [];
  const days = new Map<string, number[]>();
  for (const d of dossiers) {
    if (d.receivedEvents !== 1) problems.push(`${d.code}: ${d.receivedEvents} received events`);
    if (d.eventCode !== d.code) problems.push(`${d.code}: its received event names ${d.eventCode}`);
    if (parseDossierCode(d.code)?.sequence !== d.sequence) problems.push(`${d.code}: code does not read back to sequence ${d.sequence}`);
    const key = `${d.agency} ${d.date}`;
    days.set(key, [...(days.get(key) ?? []), d.sequence]);
  }
  const counters = await queryRows<{ key: string; last: number }>(databaseUrl, `SELECT agency_code || ' ' || receipt_date::text AS key, last_value AS last FROM dossier_sequences`);
  for (const [key, sequences] of days) {
    sequences.sort((a, b) => a - b);
    const gapless = sequences.every((s, i) => s === i + 1);
    if (!gapless) problems.push(`${key}: sequences are not 1…${sequences.length} (${sequences.slice(0, 5).join(', ')}…)`);
    const counter = counters.find((c) => c.key === key)?.last;
    if (counter !== sequences.length) problems.push(`${key}: day counter ${counter}, ${sequences.length} dossiers`);
  }
  const orphans = await queryRows(databaseUrl, `SELECT e.id FROM dossier_events e LEFT JOIN dossiers d ON d.id = e.dossier_id WHERE d.id IS NULL`);
  if (orphans.length > 0) problems.push(`${orphans.length} events without a dossier`);
  return problems;
}
