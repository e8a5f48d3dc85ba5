import { mm } from './page';
import type { Align, FormWriter, RichText } from './writer';

export interface TitleBlockSpec {
  title: string;
  /** Lines under the title, e.g. the dossier code or "(Kèm theo hồ sơ …)". */
  subtitle?: RichText[];
  /** Size relative to the body (default 1.2). */
  scale?: number;
}

/** Bold centred title, in capitals, optionally followed by centred subtitle lines. */
export function drawTitle(w: FormWriter, t: TitleBlockSpec): void {
  w.clearFloat();
  const scale = t.scale ?? 1.2;
  const title = t.title.normalize('NFC').toLocaleUpperCase('vi-VN');
  w.ensure(w.measure(title, { width: w.width, style: 'bold', scale }) + w.lineHeight() * (t.subtitle?.length ?? 0));
  w.space(0.5);
  w.write(title, { x: w.left, width: w.width, align: 'center', style: 'bold', scale, balance: true });
  for (const line of t.subtitle ?? []) {
    w.write(line, { x: w.left, width: w.width, align: 'center' });
  }
  w.space(1.5);
}

export interface ParagraphSpec {
  text: RichText;
  align?: Align;
  /** First-line indent in mm (body text of letters uses ~10 mm). */
  indentMm?: number;
  scale?: number;
  /** Extra space after, in mm. */
  afterMm?: number;
}

export function drawParagraph(w: FormWriter, p: ParagraphSpec): void {
  const scale = p.scale ?? 1;
  const indent = mm(p.indentMm ?? 0);
  const options = { x: w.left, width: w.flowWidth, align: p.align ?? 'left', scale, indent };
  // Keep at least two lines together at a page foot; longer text then flows over the break.
  w.ensure(Math.min(w.measure(p.text, options), w.lineHeight(scale) * 2));
  w.write(p.text, options);
  w.space(p.afterMm ?? 0.8);
}

/** One "label: value" line; a missing value prints the label alone (e.g. before a list). */
export interface Field {
  label: string;
  value?: RichText;
}

export interface FieldRow extends Field {
  /** Number printed in a hanging column, e.g. "1.". */
  no?: string;
  /** A second field sharing the line, in the right half (e.g. phone | email). */
  pair?: Field;
  /** A list nested under this row (e.g. the documents submitted). */
  items?: RichText[];
  itemStyle?: ListStyle;
}

export interface FieldsSpec {
  rows: FieldRow[];
  /** Number the rows "1.", "2.", … from this value (rows with their own `no` keep it). */
  numberFrom?: number;
  scale?: number;
  /** Space between rows, in mm. */
  gapMm?: number;
}

function fieldText(f: Field): RichText {
  const label = f.label.normalize('NFC');
  if (f.value === undefined) return label.endsWith(':') ? label : `${label}:`;
  return [`${label}: `, f.value];
}

export function drawFields(w: FormWriter, spec: FieldsSpec): void {
  const scale = spec.scale ?? 1;
  const gap = mm(spec.gapMm ?? 0.2);
  let counter = spec.numberFrom;
  for (const candidate of spec.rows) {
    // A pair that would wrap in its half line is written as two rows instead.
    const split =
      candidate.pair &&
      Math.max(
        w.measure(fieldText(candidate), { width: w.flowWidth / 2, scale }),
        w.measure(fieldText(candidate.pair), { width: w.flowWidth / 2, scale }),
      ) >
        w.lineHeight(scale) * 1.5;
    const row = split ? { ...candidate, pair: undefined } : candidate;
    const no = row.no ?? (counter !== undefined ? `${counter++}.` : undefined);
    const hang = no ? Math.max(w.textWidth('10.', 'regular', scale), w.textWidth(no, 'regular', scale)) + mm(1.2) : 0;
    const width = w.flowWidth;
    const textWidth = row.pair ? width / 2 - hang : width - hang;
    const main = fieldText(row);
    const height = Math.max(
      w.measure(main, { width: textWidth, scale }),
      row.pair ? w.measure(fieldText(row.pair), { width: width / 2, scale }) : 0,
    );
    w.ensure(height);
    const top = w.y;
    if (no) w.writeAt(no, top, { x: w.left, width: hang, scale });
    let end = w.writeAt(main, top, { x: w.left + hang, width: textWidth, scale });
    if (row.pair) {
      end = Math.max(end, w.writeAt(fieldText(row.pair), top, { x: w.left + width / 2, width: width / 2, scale }));
    }
    w.y = end + gap;
    if (split && candidate.pair) {
      w.ensure(w.measure(fieldText(candidate.pair), { width: w.flowWidth - hang, scale }));
      w.y = w.writeAt(fieldText(candidate.pair), w.y, { x: w.left + hang, width: w.flowWidth - hang, scale }) + gap;
    }
    if (row.items?.length) {
      drawList(w, { items: row.items, style: row.itemStyle ?? 'numbered', indent: hang + mm(3), scale, gapMm: 0.1 });
      w.y += gap;
    }
  }
}

export type ListStyle = 'numbered' | 'bullet' | 'dash';

export interface ListSpec {
  items: RichText[];
  style?: ListStyle;
  /** Left indent in points from the content edge (wins over indentMm). */
  indent?: number;
  indentMm?: number;
  start?: number;
  scale?: number;
  gapMm?: number;
}

/** Numbered / bulleted list with a hanging indent. */
export function drawList(w: FormWriter, spec: ListSpec): void {
  const scale = spec.scale ?? 1;
  const style = spec.style ?? 'numbered';
  const indent = spec.indent ?? mm(spec.indentMm ?? 4);
  const start = spec.start ?? 1;
  const last = `${start + spec.items.length - 1}.`;
  const markerW =
    style === 'numbered' ? Math.max(w.textWidth(last, 'regular', scale), w.textWidth('0.', 'regular', scale)) : w.textWidth('–', 'regular', scale);
  const hang = markerW + mm(1.2);
  spec.items.forEach((item, i) => {
    const width = w.flowWidth - indent - hang;
    w.ensure(w.measure(item, { width, scale }));
    const marker = style === 'numbered' ? `${start + i}.` : style === 'bullet' ? '•' : '-';
    const top = w.y;
    w.writeAt(marker, top, { x: w.left + indent, width: hang, scale, align: style === 'numbered' ? 'right' : 'left' });
    w.y = w.writeAt(item, top, { x: w.left + indent + hang + (style === 'numbered' ? mm(1) : 0), width: width - (style === 'numbered' ? mm(1) : 0), scale });
    w.y += mm(spec.gapMm ?? 0.3);
  });
}
