import type { EntityManager } from 'typeorm';
import { DOCUMENT_SYMBOLS, formatDocumentNumber, issuerCode, issuingSide, numberingYear, stageOf, type IssuedForm } from '../domain/documents';

/** A document as issued: its number, date and what a reprint repeats (content). */
export interface IssuedDocument {
  id: string;
  issuerCode: string;
  year: number;
  number: number;
  form: IssuedForm;
  dossierId: string | null;
  subject: string;
  issuedAt: Date;
  content: Record<string, unknown>;
}

/** What a document is about, unique: one apology per dossier, one form 02 per request, one form 01 per (re)start. */
export const DocumentSubject = {
  receipt: (dossierId: string, n: number) => `receipt:${dossierId}:${n}`,
  supplementRequest: (dossierId: string, n: number) => `supplement-request:${dossierId}:${n}`,
  refusal: (dossierId: string) => `refusal:${dossierId}`,
  apology: (dossierId: string) => `apology:${dossierId}`,
  ending: (dossierId: string) => `ending:${dossierId}`,
  intakeRefusal: (refusalId: string) => `intake-refusal:${refusalId}`,
};

export interface NewDocument {
  form: IssuedForm;
  issuerCode: string;
  dossierId: string | null;
  subject: string;
  issuedAt: Date;
  content?: Record<string, unknown>;
}

const COLUMNS = `id, issuer_code AS "issuerCode", year, number, form, dossier_id AS "dossierId", subject, issued_at AS "issuedAt", content`;

/**
 * Issues a document inside the caller's transaction: the issuing body's next number of the year
 * (the counter row stays locked until the transaction ends, so concurrent issuers get distinct,
 * consecutive numbers, and a rolled-back issue gives its number back).
 */
export async function issueDocument(manager: EntityManager, doc: NewDocument): Promise<IssuedDocument> {
  const year = numberingYear(doc.issuedAt);
  const rows: IssuedDocument[] = await manager.query(
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

type Queryable = Pick<EntityManager, 'query'>;

export async function issuedDocument(db: Queryable, subject: string): Promise<IssuedDocument | null> {
  const rows: IssuedDocument[] = await db.query(`SELECT ${COLUMNS} FROM issued_documents WHERE subject = $1`, [subject]);
  return rows[0] ?? null;
}

/** The dossier's documents of one form, oldest first (e.g. its receipts: the first and one per restart). */
export function issuedDocuments(db: Queryable, dossierId: string, form: IssuedForm): Promise<IssuedDocument[]> {
  return db.query(`SELECT ${COLUMNS} FROM issued_documents WHERE dossier_id = $1 AND form = $2 ORDER BY issued_at, number`, [dossierId, form]);
}

/** "15/PXL", or undefined for a document issued before numbering existed. */
export function numberOf(doc: IssuedDocument | null | undefined): string | undefined {
  return doc ? formatDocumentNumber(doc.number, doc.form) : undefined;
}

export function contentText(doc: IssuedDocument | null | undefined, key: string): string | undefined {
  const value = doc?.content[key];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function contentInstant(doc: IssuedDocument | null | undefined, key: string): Date | undefined {
  const value = contentText(doc, key);
  return value ? new Date(value) : undefined;
}

/** Printed above the head's signature when the body has no title configured (better than nothing). */
export const PLACEHOLDER_HEAD_TITLE = 'THỦ TRƯỞNG CƠ QUAN';

/**
 * Issues a dossier's document from the body the rules name (issuingSide), with the signer's title
 * defaulting to that body's head's real title. A 02 or 03 is the counter's while the dossier has
 * not been handed on, the resolving authority's once it is under appraisal.
 */
export async function issueDossierDocument(
  manager: EntityManager,
  args: {
    form: IssuedForm;
    dossier: { id: string; receivingAgencyCode: string; resolvingAgencyCode: string };
    subject: string;
    issuedAt: Date;
    content?: Record<string, unknown>;
    /** For forms signed by the body's head: the title typed by the user, if any. */
    signerTitle?: string | null;
  },
): Promise<IssuedDocument> {
  const [{ handoffs }]: { handoffs: number }[] = await manager.query(`SELECT count(*)::int AS handoffs FROM dossier_steps WHERE dossier_id = $1`, [args.dossier.id]);
  const side = issuingSide(args.form, stageOf(handoffs));
  const issuer = issuerCode(side, args.dossier);
  const content = { ...(args.content ?? {}) };
  // An authority's refusal after appraisal is signed by its head, like its 04 and 05.
  const signedByHead = args.signerTitle !== undefined || (args.form === 'refusal' && side === 'resolving');
  if (signedByHead) content.signerTitle = args.signerTitle?.trim() || (await headTitleOf(manager, issuer));
  return issueDocument(manager, { form: args.form, issuerCode: issuer, dossierId: args.dossier.id, subject: args.subject, issuedAt: args.issuedAt, content });
}

/** The head's title as the body signs ("CHỦ TỊCH", "GIÁM ĐỐC"), or the placeholder when none is configured. */
export async function headTitleOf(db: Queryable, agencyCode: string): Promise<string> {
  const rows: { head_title: string }[] = await db.query(`SELECT head_title FROM agencies WHERE code = $1`, [agencyCode]);
  return rows[0]?.head_title.trim() || PLACEHOLDER_HEAD_TITLE;
}

/**
 * A restart after a supplement (NĐ 61 Art. 19.4) is a new receipt: a new form 01 with its own
 * date, number and appointment; the first one stays as it was issued. A paused clock issues none.
 */
export async function issueRestartReceipt(
  manager: EntityManager,
  dossier: { id: string; receivingAgencyCode: string; resolvingAgencyCode: string; procedureId: string; dueAt: Date },
  at: Date,
): Promise<IssuedDocument | null> {
  const [procedure]: { supplement_policy: string }[] = await manager.query(`SELECT supplement_policy FROM procedures WHERE id = $1`, [dossier.procedureId]);
  if (procedure?.supplement_policy !== 'restart') return null;
  const [{ n }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM issued_documents WHERE dossier_id = $1 AND form = 'receipt'`, [dossier.id]);
  return issueDossierDocument(manager, {
    form: 'receipt',
    dossier,
    subject: DocumentSubject.receipt(dossier.id, n + 1),
    issuedAt: at,
    content: { receivedAt: at.toISOString(), dueAt: dossier.dueAt.toISOString(), restart: true },
  });
}

/** Form 03 after appraisal, or form 05 for a stop or a withdrawal: issued with the ending. */
export function issueEndingDocument(
  manager: EntityManager,
  dossier: { id: string; receivingAgencyCode: string; resolvingAgencyCode: string },
  action: 'refuse' | 'stop' | 'withdraw',
  at: Date,
  data: Record<string, unknown>,
): Promise<IssuedDocument> {
  const form: IssuedForm = action === 'refuse' ? 'refusal' : action === 'stop' ? 'stop_notice' : 'withdrawal_notice';
  const signer = action === 'refuse' ? {} : { signerTitle: typeof data.signerTitle === 'string' ? data.signerTitle : null };
  const subject = action === 'refuse' ? DocumentSubject.refusal(dossier.id) : DocumentSubject.ending(dossier.id);
  const content = typeof data.signerName === 'string' ? { signerName: data.signerName } : {};
  return issueDossierDocument(manager, { form, dossier, subject, issuedAt: at, content, ...signer });
}
