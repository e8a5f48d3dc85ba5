import fc from 'fast-check';
import { DEFAULT_DIGITISATION_RULES, judgeMediaType, parseDigitisationRules, sniffMediaType } from '.';

const bytes = (hex: string, tail = '') => Buffer.concat([Buffer.from(hex, 'hex'), Buffer.from(tail)]);

describe('judging a file by its bytes', () => {
  it('knows PDF, PNG and JPEG by their signatures, and nothing else', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffMediaType(bytes('89504e470d0a1a0a0000'))).toBe('image/png');
    expect(sniffMediaType(bytes('ffd8ffdb'))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('%PDF'))).toBeNull(); // too short for "%PDF-"
    expect(sniffMediaType(bytes('504b0304', 'word/document.xml'))).toBeNull(); // a .docx (zip)
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
  });

  it('accepts the declared type when it agrees, its aliases and the undeclared octet-stream; refuses a mismatch', () => {
    const png = bytes('89504e470d0a1a0a');
    expect(judgeMediaType(png, 'image/png')).toEqual({ ok: true, type: 'image/png' });
    expect(judgeMediaType(bytes('ffd8ff'), 'image/jpg; name=x')).toEqual({ ok: true, type: 'image/jpeg' });
    expect(judgeMediaType(png, 'application/octet-stream')).toEqual({ ok: true, type: 'image/png' });
    expect(judgeMediaType(png, undefined)).toEqual({ ok: true, type: 'image/png' });
    expect(judgeMediaType(png, 'application/pdf')).toEqual({ ok: false, reason: 'mismatch', detected: 'image/png' });
    expect(judgeMediaType(Buffer.from('<html>'), 'text/html')).toEqual({ ok: false, reason: 'unsupported', detected: null });
  });

  it('never accepts bytes that start with none of the three signatures, whatever is declared', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'), (data, declared) => {
        const known = [Buffer.from('%PDF-'), bytes('89504e470d0a1a0a'), bytes('ffd8ff')].some((m) => Buffer.from(data).subarray(0, m.length).equals(m));
        return known || judgeMediaType(data, declared).ok === false;
      }),
    );
  });
});

describe('QĐ 766 group 4 settings', () => {
  it('defaults to 22 points over 4.1–4.4', () => {
    expect(parseDigitisationRules(undefined)).toEqual(DEFAULT_DIGITISATION_RULES);
    expect(Object.values(DEFAULT_DIGITISATION_RULES).reduce((n, r) => n + r.maxPoints, 0)).toBe(22);
  });

  it('reads points:threshold per indicator and refuses a split that is not 22 or a threshold outside (0, 1]', () => {
    const rules = parseDigitisationRules('4.1=8:0.9, 4.2=6:1, 4.3=4:0.5, 4.4=4:1');
    expect(rules).toMatchObject({ '4.1': { maxPoints: 8, threshold: 0.9 }, '4.3': { maxPoints: 4, threshold: 0.5 } });
    expect(parseDigitisationRules('4.1=8:1')).toContain('22');
    expect(parseDigitisationRules('4.1=6:1.5')).toContain('(0, 1]');
    expect(parseDigitisationRules('4.9=6:1')).toContain('not <indicator>');
  });
});
