import fc from 'fast-check';
import { resolvingAuthorityOf } from '../authority';
import { DOCUMENT_SYMBOLS, formatDocumentNumber, ISSUED_FORMS, issuerCode, issuingSide, numberingYear, stageOf } from '.';

describe('which body issues which form (TT 03/2025, DOMAIN §8)', () => {
  it('gives the receipt to the receiving centre, 04 and 05 to the resolving authority', () => {
    for (const stage of ['counter', 'appraisal'] as const) {
      expect(issuingSide('receipt', stage)).toBe('receiving');
      expect(issuingSide('apology', stage)).toBe('resolving');
      expect(issuingSide('stop_notice', stage)).toBe('resolving');
      expect(issuingSide('withdrawal_notice', stage)).toBe('resolving');
    }
  });

  it('gives 02 and 03 to the counter before the hand-off, to the authority during appraisal', () => {
    expect(stageOf(0)).toBe('counter');
    expect(stageOf(1)).toBe('appraisal');
    expect(stageOf(3)).toBe('appraisal');
    expect(issuingSide('supplement_request', 'counter')).toBe('receiving');
    expect(issuingSide('supplement_request', 'appraisal')).toBe('resolving');
    expect(issuingSide('refusal', 'counter')).toBe('receiving');
    expect(issuingSide('refusal', 'appraisal')).toBe('resolving');
  });

  it('names the body of a side among the dossier’s two', () => {
    const dossier = { receivingAgencyCode: '000.17.22.H56', resolvingAgencyCode: '000.20.22.H56' };
    expect(issuerCode('receiving', dossier)).toBe('000.17.22.H56');
    expect(issuerCode('resolving', dossier)).toBe('000.20.22.H56');
  });
});

describe('document numbers: N/<symbol>, N per issuing body per calendar year', () => {
  it('writes the number and the form’s symbol', () => {
    expect(formatDocumentNumber(15, 'apology')).toBe('15/PXL');
    expect(formatDocumentNumber(1, 'supplement_request')).toBe('1/PBS');
    expect(formatDocumentNumber(203, 'refusal')).toBe('203/PTC');
    expect(formatDocumentNumber(7, 'receipt')).toBe('7/TNHS');
    expect(formatDocumentNumber(2, 'stop_notice')).toBe('2/TB-DGQ');
    expect(formatDocumentNumber(3, 'withdrawal_notice')).toBe('3/TB-RHS');
    expect(() => formatDocumentNumber(0, 'apology')).toThrow(RangeError);
    expect(() => formatDocumentNumber(1.5, 'apology')).toThrow(RangeError);
  });

  it('gives every form its own symbol', () => {
    const symbols = ISSUED_FORMS.map((form) => DOCUMENT_SYMBOLS[form]);
    expect(new Set(symbols).size).toBe(ISSUED_FORMS.length);
  });

  it('restarts the year at local midnight on 1 January (UTC+7), not at UTC midnight', () => {
    expect(numberingYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026); // 23:59:59 on 31/12 in Hà Nội
    expect(numberingYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027); // 00:00 on 01/01/2027
    expect(numberingYear(new Date('2027-01-01T00:00:00+07:00'))).toBe(2027);
  });

  it('reads back the number it wrote, for any positive number and form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(...ISSUED_FORMS), (n, form) => {
        const [number, symbol] = formatDocumentNumber(n, form).split(/\/(.*)/s);
        return Number(number) === n && symbol === DOCUMENT_SYMBOLS[form];
      }),
    );
  });
});

describe('the resolving authority of a dossier', () => {
  const centre = { code: '000.17.22.H56', kind: 'service_centre' as const, authorityCode: '000.20.22.H56' };

  it('is the People’s Committee the receiving centre serves, for a commune procedure', () => {
    expect(resolvingAuthorityOf({ kind: 'people_committee', code: null }, centre)).toEqual({ ok: true, code: '000.20.22.H56' });
  });

  it('is the centre itself when the catalogue links it to no committee (as before authorities existed)', () => {
    expect(resolvingAuthorityOf({ kind: 'people_committee', code: null }, { ...centre, authorityCode: null })).toEqual({ ok: true, code: '000.17.22.H56' });
  });

  it('is the committee itself when a committee receives', () => {
    expect(resolvingAuthorityOf({ kind: 'people_committee', code: null }, { code: '000.20.22.H56', kind: 'people_committee', authorityCode: null })).toEqual({
      ok: true,
      code: '000.20.22.H56',
    });
  });

  it('is the named body when the procedure names one (a provincial department)', () => {
    expect(resolvingAuthorityOf({ kind: 'department', code: '000.00.05.H56' }, centre)).toEqual({ ok: true, code: '000.00.05.H56' });
  });

  it('is the centre for a procedure the centre decides', () => {
    expect(resolvingAuthorityOf({ kind: 'service_centre', code: null }, centre)).toEqual({ ok: true, code: '000.17.22.H56' });
  });

  it('cannot be guessed for a department or unit the procedure does not name', () => {
    expect(resolvingAuthorityOf({ kind: 'department', code: null }, centre)).toMatchObject({ ok: false });
    expect(resolvingAuthorityOf({ kind: 'unit', code: null }, centre)).toMatchObject({ ok: false });
  });
});
