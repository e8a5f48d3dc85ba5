import fc from 'fast-check';
import { isValidAgencyIdentifier } from './agency-identifier';
import { DossierCodeParts, formatDossierCode, parseDossierCode } from './dossier-code';

describe('isValidAgencyIdentifier (QCVN 102:2016)', () => {
  it.each(['000.17.22.H56', '000.00.17.H56', '000.00.00.H56', '000.00.04.G14', '123.45.67.A01'])('accepts %s', (id) => {
    expect(isValidAgencyIdentifier(id)).toBe(true);
  });

  it.each([
    '',
    'H56',
    '000.17.22.h56',
    '00.17.22.H56',
    '000.17.2.H56',
    '000.17.22.H5',
    '000.17.22.H567',
    '000-17-22-H56',
    ' 000.17.22.H56',
    '000.17.22.56H',
    'H56.000.17.22',
    'H55.242',
  ])('refuses %p', (id) => {
    expect(isValidAgencyIdentifier(id)).toBe(false);
  });
});

describe('formatDossierCode', () => {
  const base = { agencyId: '000.17.22.H56', date: '2021-05-31' } as const;

  it('builds the standard code of DOMAIN.md §3', () => {
    expect(formatDossierCode({ ...base, sequence: 1, format: 'standard' })).toBe('000.17.22.H56-210531-0001');
  });

  it('pads to four digits and grows beyond 9999', () => {
    expect(formatDossierCode({ ...base, sequence: 9999, format: 'standard' })).toBe('000.17.22.H56-210531-9999');
    expect(formatDossierCode({ ...base, sequence: 10000, format: 'standard' })).toBe('000.17.22.H56-210531-10000');
    expect(formatDossierCode({ ...base, sequence: 123456, format: 'standard' })).toBe('000.17.22.H56-210531-123456');
  });

  it('builds the TT 04/2025 centralised variant with the system owner digits before the sequence', () => {
    const code = formatDossierCode({ ...base, date: '2026-01-25', sequence: 7, format: 'centralised', systemOwnerDigits: '01' });
    expect(code).toBe('000.17.22.H56-260125-010007');
  });

  it('ignores owner digits in the standard format', () => {
    expect(formatDossierCode({ ...base, sequence: 2, format: 'standard', systemOwnerDigits: '99' })).toBe('000.17.22.H56-210531-0002');
  });

  it.each<[string, Partial<DossierCodeParts>]>([
    ['a bad agency identifier', { agencyId: 'H56' }],
    ['a non-existent date', { date: '2021-02-29' }],
    ['a badly written date', { date: '2021-5-31' }],
    ['a date before 2000', { date: '1999-12-31' }],
    ['a date after 2099', { date: '2100-01-01' }],
    ['sequence 0', { sequence: 0 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['an unsafe sequence', { sequence: 2 ** 53 }],
    ['a centralised code without owner digits', { format: 'centralised' }],
    ['a centralised code with one owner digit', { format: 'centralised', systemOwnerDigits: '1' }],
    ['an unknown format', { format: 'other' as never }],
  ])('throws on %s', (_, override) => {
    expect(() => formatDossierCode({ ...base, sequence: 1, format: 'standard', ...override })).toThrow(RangeError);
  });
});

describe('parseDossierCode', () => {
  it('reads a standard code', () => {
    expect(parseDossierCode('000.17.22.H56-210531-0001')).toEqual({
      agencyId: '000.17.22.H56',
      date: '2021-05-31',
      sequence: 1,
      format: 'standard',
    });
  });

  it('tolerates surrounding spaces (typed on the public look-up page)', () => {
    expect(parseDossierCode(' 000.17.22.H56-210531-0012 ')?.sequence).toBe(12);
  });

  it('reads the same digits differently in the centralised format', () => {
    expect(parseDossierCode('000.17.22.H56-260125-120001')?.sequence).toBe(120001);
    expect(parseDossierCode('000.17.22.H56-260125-120001', 'centralised')).toEqual({
      agencyId: '000.17.22.H56',
      date: '2026-01-25',
      sequence: 1,
      format: 'centralised',
      systemOwnerDigits: '12',
    });
  });

  it.each([
    ['', 'standard'],
    ['000.17.22.H56-210531', 'standard'],
    ['000.17.22.H56-210531-001', 'standard'],
    ['000.17.22.H56-210531-00001', 'standard'],
    ['000.17.22.H56-210531-0000', 'standard'],
    ['000.17.22.H56-210231-0001', 'standard'],
    ['000.17.22.H56-211331-0001', 'standard'],
    ['000.17.22.H56-2105310-0001', 'standard'],
    ['000.17.22.h56-210531-0001', 'standard'],
    ['XX-000.17.22.H56-210531-0001', 'standard'],
    ['000.17.22.H56-210531-0001a', 'standard'],
    ['000.17.22.H56-210531-01001', 'centralised'],
    ['000.17.22.H56-210531-0100001', 'centralised'],
    ['000.17.22.H56-210531-010000', 'centralised'],
  ] as const)('refuses %p as %s', (code, format) => {
    expect(parseDossierCode(code, format)).toBeNull();
  });

  it('refuses non-strings from untyped input', () => {
    expect(parseDossierCode(undefined as unknown as string)).toBeNull();
  });
});

describe('dossier code properties', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
  const letter = fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c));
  const agencyId = fc
    .tuple(digits(3), digits(2), digits(2), letter, digits(2))
    .map(([l4, l3, l2, l1, n]) => `${l4}.${l3}.${l2}.${l1}${n}`);
  const date = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const sequence = fc.oneof(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
  const standard = fc.record({ agencyId, date, sequence, format: fc.constant('standard' as const) });
  const centralised = fc.record({
    agencyId,
    date,
    sequence,
    format: fc.constant('centralised' as const),
    systemOwnerDigits: digits(2),
  });
  const parts = fc.oneof(standard, centralised);

  it('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(parts, (x) => {
        expect(parseDossierCode(formatDossierCode(x), x.format)).toEqual(x);
      }),
    );
  });

  it('the sequence part has at least 4 digits and the code sorts by sequence within a day below 10000', () => {
    fc.assert(
      fc.property(standard, fc.integer({ min: 1, max: 9998 }), (x, seq) => {
        const a = formatDossierCode({ ...x, sequence: seq });
        const b = formatDossierCode({ ...x, sequence: seq + 1 });
        return /-\d{4,}$/.test(a) && a < b;
      }),
    );
  });

  it('different parts give different codes (one format)', () => {
    fc.assert(
      fc.property(standard, standard, (x, y) => {
        fc.pre(JSON.stringify(x) !== JSON.stringify(y));
        return formatDossierCode(x) !== formatDossierCode(y);
      }),
    );
  });
});
