import { breakLines, type Measurer } from './flow';

/** Every character is 1 wide, 2 in bold; a space is 1. */
const m: Measurer = { width: (t, style) => Array.from(t).length * (style === 'bold' ? 2 : 1), space: 1 };
const text = (lines: ReturnType<typeof breakLines>): string[] =>
  lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' '));

describe('line breaking', () => {
  it('fills lines greedily at spaces', () => {
    expect(text(breakLines([{ text: 'aa bb cc dd', style: 'regular' }], 5, m))).toEqual(['aa bb', 'cc dd']);
  });

  it('honours hard line breaks and marks paragraph ends', () => {
    const lines = breakLines([{ text: 'aa\nbb cc', style: 'regular' }], 10, m);
    expect(text(lines)).toEqual(['aa', 'bb cc']);
    expect(lines.map((l) => [l.first, l.last])).toEqual([[true, true], [true, true]]);
  });

  it('glues runs with no space between them into one word', () => {
    const lines = breakLines([{ text: 'x Nhung', style: 'bold' }, { text: '(số) y', style: 'regular' }], 16, m);
    expect(text(lines)).toEqual(['x', 'Nhung(số) y']);
    expect(lines[1].words[0].width).toBe(10 + 4);
  });

  it('cuts an over-long word after a hyphen when it can', () => {
    const lines = breakLines([{ text: '000.17.22.H56-261123-0001', style: 'regular' }], 16, m);
    expect(text(lines)).toEqual(['000.17.22.H56-', '261123-0001']);
  });

  it('keeps no-break spaces inside words', () => {
    expect(text(breakLines([{ text: 'ĐT: 0912\u00A0345\u00A0678', style: 'regular' }], 13, m))).toEqual(['ĐT:', '0912\u00A0345\u00A0678']);
  });

  it('indents the first line', () => {
    expect(text(breakLines([{ text: 'aa bb cc', style: 'regular' }], 5, m, 3))).toEqual(['aa', 'bb cc']);
  });
});
