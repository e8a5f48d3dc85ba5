import type { FontStyle } from './fonts';

/** Text in one face, measured. */
export interface Piece {
  text: string;
  style: FontStyle;
  width: number;
}

/** What lies between two spaces; may mix faces ("Nhung" in bold glued to "(số"). */
export interface Word {
  pieces: Piece[];
  width: number;
}

export interface Line {
  words: Word[];
  /** Natural width: the words plus one space between each. */
  width: number;
  /** Last line of a paragraph (never justified). */
  last: boolean;
  /** Starts a paragraph (takes the first-line indent). */
  first: boolean;
}

export interface Measurer {
  width(text: string, style: FontStyle): number;
  space: number;
}

type Token = { kind: 'word'; word: Word } | { kind: 'space' } | { kind: 'break' };

function tokenize(runs: ReadonlyArray<{ text: string; style: FontStyle }>, m: Measurer): Token[] {
  const tokens: Token[] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    if (current.length) {
      tokens.push({ kind: 'word', word: { pieces: current, width: current.reduce((s, p) => s + p.width, 0) } });
      current = [];
    }
  };
  for (const run of runs) {
    // Only ordinary spaces break lines: a no-break space (U+00A0) keeps "0912 345 678" together.
    for (const part of run.text.match(/\n|[ \t\r]+|[^ \t\r\n]+/g) ?? []) {
      if (part === '\n') {
        flush();
        tokens.push({ kind: 'break' });
      } else if (/^[ \t\r]+$/.test(part)) {
        flush();
        tokens.push({ kind: 'space' });
      } else {
        current.push({ text: part, style: run.style, width: m.width(part, run.style) });
      }
    }
  }
  flush();
  return tokens;
}

/** Cuts a word wider than a line, preferring to break after - / . , ; : and falling back to characters. */
function splitWord(word: Word, available: number, m: Measurer): Word[] {
  const chars = word.pieces.flatMap((p) => Array.from(p.text, (ch) => ({ ch, style: p.style, width: m.width(ch, p.style) })));
  const out: Word[] = [];
  let start = 0;
  while (start < chars.length) {
    let width = 0;
    let end = start;
    let lastBreak = -1;
    while (end < chars.length && (end === start || width + chars[end].width <= available)) {
      width += chars[end].width;
      if (/[-/.,;:_@]/.test(chars[end].ch)) lastBreak = end + 1;
      end++;
    }
    if (end < chars.length && lastBreak > start) end = lastBreak;
    const slice = chars.slice(start, end);
    const pieces: Piece[] = [];
    for (const c of slice) {
      const last = pieces[pieces.length - 1];
      if (last && last.style === c.style) last.text += c.ch;
      else pieces.push({ text: c.ch, style: c.style, width: 0 });
    }
    for (const p of pieces) p.width = m.width(p.text, p.style);
    out.push({ pieces, width: pieces.reduce((s, p) => s + p.width, 0) });
    start = end;
  }
  return out;
}

/** Greedy line breaking at spaces and hard line breaks. */
export function breakLines(
  runs: ReadonlyArray<{ text: string; style: FontStyle }>,
  width: number,
  m: Measurer,
  indent = 0,
): Line[] {
  const lines: Line[] = [];
  let words: Word[] = [];
  let lineWidth = 0;
  let first = true;
  const available = (): number => width - (first ? indent : 0);
  const push = (last: boolean): void => {
    lines.push({ words, width: lineWidth, last, first });
    first = last;
    words = [];
    lineWidth = 0;
  };
  const place = (word: Word): void => {
    const extra = words.length ? m.space + word.width : word.width;
    if (words.length && lineWidth + extra > available() + 0.01) push(false);
    if (!words.length && word.width > available() + 0.01) {
      const parts = splitWord(word, available(), m);
      parts.forEach((part, i) => {
        words = [part];
        lineWidth = part.width;
        if (i < parts.length - 1) push(false);
      });
      return;
    }
    lineWidth += words.length ? m.space + word.width : word.width;
    words.push(word);
  };
  for (const token of tokenize(runs, m)) {
    if (token.kind === 'word') place(token.word);
    else if (token.kind === 'break') push(true);
  }
  if (words.length || lines.length === 0) push(true);
  return lines;
}
