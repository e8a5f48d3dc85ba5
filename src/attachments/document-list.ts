import type { RequiredDocument } from '../catalogue';
import type { SourceKind } from './attachment.entity';

/** One entry of a procedure's document list (thành phần hồ sơ) with its code (MaThanhPhanHoSo). */
export interface ListedDocument {
  code: string;
  name: string;
  required: boolean;
  kind: SourceKind;
}

/**
 * The procedure's document list with codes. The catalogue has no national codes for its entries
 * yet: TP1, TP2… by position (stable, since a procedure version's list never changes).
 */
export function listedDocuments(documents: RequiredDocument[]): ListedDocument[] {
  return documents.map((doc, index) => ({
    code: (doc as RequiredDocument & { code?: string }).code ?? `TP${index + 1}`,
    name: doc.name,
    required: doc.required,
    kind: doc.kind ?? 'original',
  }));
}

const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** The entry a file is for, by code or by name (as typed: case and spacing ignored). */
export function findListedDocument(list: ListedDocument[], by: { code?: string; name?: string }): ListedDocument | undefined {
  const code = by.code?.trim();
  if (code) return list.find((doc) => doc.code === code);
  const wanted = fold(by.name ?? '');
  return list.find((doc) => fold(doc.name) === wanted);
}
