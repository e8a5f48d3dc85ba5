import fc from 'fast-check';
import { checkPersonalId, checkTaxCode, normalizePersonalId } from './validation';

const digitString = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

describe('checkPersonalId', () => {
  it.each(['001203012345', '096099000001', '079190001234', ' 001 203 012 345 '])('accepts %p', (id) => {
    expect(checkPersonalId(id)).toBeNull();
  });

  it('asks for a value when empty', () => {
    expect(checkPersonalId('')).toBe('Vui lòng nhập số định danh cá nhân (số căn cước công dân).');
    expect(checkPersonalId('   ')).toBe('Vui lòng nhập số định danh cá nhân (số căn cước công dân).');
  });

  it.each(['12345678901', '0012030123456', '00120301234a', '123456789', '001.203.012.345'])('needs 12 digits: %p', (id) => {
    expect(checkPersonalId(id)).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
  });

  it.each(['000203012345', '097203012345', '999203012345'])('needs a province code 001–096: %p', (id) => {
    expect(checkPersonalId(id)).toBe('Ba chữ số đầu của số định danh cá nhân phải là mã tỉnh, thành phố (từ 001 đến 096).');
  });

  it('normalises by removing spaces only', () => {
    expect(normalizePersonalId(' 001 203\t012345 ')).toBe('001203012345');
    expect(normalizePersonalId(undefined as unknown as string)).toBe('');
  });

  it('property: accepted iff 12 digits with a prefix in 001..096', () => {
    fc.assert(
      fc.property(digitString(0, 14), (id) => {
        const prefix = Number(id.slice(0, 3));
        const valid = id.length === 12 && prefix >= 1 && prefix <= 96;
        return (checkPersonalId(id) === null) === valid;
      }),
    );
  });
});

describe('checkTaxCode', () => {
  it.each(['0101243150', '0101243150-001', ' 0312345678 '])('accepts %p', (code) => {
    expect(checkTaxCode(code)).toBeNull();
  });

  it.each(['', '010124315', '01012431501', '0101243150001', '0101243150-01', '0101243150-0011', '010124315A', '0101243150 001'])(
    'refuses %p',
    (code) => {
      expect(checkTaxCode(code)).toMatch(/^(Vui lòng nhập mã số thuế\.|Mã số thuế phải gồm 10 chữ số)/);
    },
  );

  it('property: accepted iff 10 digits with an optional -3 digits', () => {
    fc.assert(
      fc.property(digitString(8, 12), fc.option(digitString(2, 4)), (main, branch) => {
        const code = branch === null ? main : `${main}-${branch}`;
        const valid = main.length === 10 && (branch === null || branch.length === 3);
        return (checkTaxCode(code) === null) === valid;
      }),
    );
  });
});
