import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { DOCUMENT_SYMBOLS, numberingYear, type IssuedForm } from '../domain/documents';
import type { IssuedDocument, NewDocument } from './issued-documents';

const COLUMNS = `id, issuer_code AS "issuerCode", year, number, form, dossier_id AS "dossierId", subject, issued_at AS "issuedAt", content`;

/** Numbered documents (số văn bản) and the counters that number them, per issuing body and year. */
@Injectable()
export class IssuedDocumentRepository {
  constructor(private readonly tx: TransactionContext) {}

  /**
   * The issuing body's next number of the year (the counter row stays locked until the transaction
   * ends, so concurrent issuers get distinct, consecutive numbers, and a rolled-back issue gives its
   * number back).
   */
  async issue(doc: NewDocument): Promise<IssuedDocument> {
    const year = numberingYear(doc.issuedAt);
    const rows: IssuedDocument[] = await this.tx.manager.query(
      `WITH n AS (
         INSERT INTO number_counters (agency_code, series, year, last_value) VALUES ($1, 'documents', $2, 1)
         ON CONFLICT (agency_code, series, year) DO UPDATE SET last_value = number_counters.last_value + 1
         RETURNING last_value)
       INSERT INTO issued_documents (issuer_code, year, number, form, symbol, dossier_id, subject, issued_at, content)
       SELECT $1, $2, n.last_value, $3, $4, $5, $6, $7, $8::jsonb FROM n
       RETURNING ${COLUMNS}`,
      [doc.issuerCode, year, doc.form, DOCUMENT_SYMBOLS[doc.form], doc.dossierId, doc.subject, doc.issuedAt, JSON.stringify(doc.content ?? {})],
    );
    return rows[0];
  }

  async bySubject(subject: string): Promise<IssuedDocument | null> {
    const rows: IssuedDocument[] = await this.tx.manager.query(`SELECT ${COLUMNS} FROM issued_documents WHERE subject = $1`, [subject]);
    return rows[0] ?? null;
  }

  /** The dossier's documents of one form, oldest first (e.g. its receipts: the first and one per restart). */
  ofDossier(dossierId: string, form: IssuedForm): Promise<IssuedDocument[]> {
    return this.tx.manager.query(`SELECT ${COLUMNS} FROM issued_documents WHERE dossier_id = $1 AND form = $2 ORDER BY issued_at, number`, [dossierId, form]);
  }

  /** Every document issued for the dossier, oldest first: what reprints repeat. */
  allOfDossier(dossierId: string): Promise<IssuedDocument[]> {
    return this.tx.manager.query(`SELECT ${COLUMNS} FROM issued_documents WHERE dossier_id = $1 ORDER BY issued_at, number`, [dossierId]);
  }

  async countOfDossier(dossierId: string, form: IssuedForm): Promise<number> {
    const [{ n }]: { n: number }[] = await this.tx.manager.query(`SELECT count(*)::int AS n FROM issued_documents WHERE dossier_id = $1 AND form = $2`, [dossierId, form]);
    return n;
  }

  /** The head's title as the body signs ("CHỦ TỊCH", "GIÁM ĐỐC"), blank when none is configured. */
  async headTitleOf(agencyCode: string): Promise<string> {
    const rows: { head_title: string }[] = await this.tx.manager.query(`SELECT head_title FROM agencies WHERE code = $1`, [agencyCode]);
    return rows[0]?.head_title.trim() ?? '';
  }

  /** The supplement policy of a procedure version (a restart issues a new receipt). */
  async supplementPolicyOf(procedureId: string): Promise<string | undefined> {
    const [procedure]: { supplement_policy: string }[] = await this.tx.manager.query(`SELECT supplement_policy FROM procedures WHERE id = $1`, [procedureId]);
    return procedure?.supplement_policy;
  }
}
