import { drawAdminHeader, type AdminHeader } from './header';
import { resolvePage, type PageSetup } from './page';
import { drawQr, type QrSpec } from './qr';
import { drawSignatures, type SignaturesSpec } from './signatures';
import { drawTable, type TableSpec } from './table';
import {
  drawFields,
  drawList,
  drawParagraph,
  drawTitle,
  type FieldsSpec,
  type ListSpec,
  type ParagraphSpec,
  type TitleBlockSpec,
} from './text-blocks';
import { FormWriter, type DocumentInfo } from './writer';

/** The building blocks a form is declared with, drawn top to bottom. */
export type Block =
  | ({ kind: 'header' } & AdminHeader)
  | ({ kind: 'title' } & TitleBlockSpec)
  | ({ kind: 'fields' } & FieldsSpec)
  | ({ kind: 'list' } & ListSpec)
  | ({ kind: 'paragraph' } & ParagraphSpec)
  | ({ kind: 'table' } & TableSpec)
  | ({ kind: 'signatures' } & SignaturesSpec)
  | ({ kind: 'qr' } & QrSpec)
  | { kind: 'space'; mm: number }
  | { kind: 'pageBreak' };

export interface DocumentSpec {
  page: PageSetup;
  info: DocumentInfo;
  blocks: Array<Block | false | null | undefined>;
  /** "Trang i/n" at the foot of each page when the document runs over one page (default true). */
  pageNumbers?: boolean;
  /**
   * Shrinks the text in steps of 5% (down to `minScale`, default 0.85) until the document takes at
   * most `maxPages` pages; beyond that it simply runs over.
   */
  fit?: { maxPages: number; minScale?: number };
}

export function drawBlock(w: FormWriter, block: Block): void {
  switch (block.kind) {
    case 'header':
      return drawAdminHeader(w, block);
    case 'title':
      return drawTitle(w, block);
    case 'fields':
      return drawFields(w, block);
    case 'list':
      return drawList(w, block);
    case 'paragraph':
      return drawParagraph(w, block);
    case 'table':
      return drawTable(w, block);
    case 'signatures':
      return drawSignatures(w, block);
    case 'qr':
      return drawQr(w, block);
    case 'space':
      return w.space(block.mm);
    case 'pageBreak':
      return w.addPage();
  }
}

/** Renders a declared document to PDF bytes; the same spec always gives the same bytes. */
export function renderDocument(spec: DocumentSpec): Promise<Buffer> {
  try {
    const base = resolvePage(spec.page).baseFontSize;
    const minScale = spec.fit?.minScale ?? 0.85;
    let w: FormWriter;
    for (let scale = 1; ; scale = Math.round((scale - 0.05) * 100) / 100) {
      w = new FormWriter({ ...spec.page, baseFontSize: base * scale }, spec.info);
      for (const block of spec.blocks) if (block) drawBlock(w, block);
      if (!spec.fit || w.pageCount <= spec.fit.maxPages || scale - 0.05 < minScale - 1e-9) break;
    }
    if (spec.pageNumbers !== false) w.numberPages();
    return w.finish();
  } catch (error) {
    return Promise.reject(error);
  }
}
