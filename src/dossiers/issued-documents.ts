import { formatDocumentNumber, type IssuedForm } from '../domain/documents';

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
