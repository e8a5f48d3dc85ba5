import fc from 'fast-check';
import { checkPhone, isMobilePhone, normalizePhone, phoneLastFour } from './validation';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['0362345678', '0362345678'],
    ['0512345678', '0512345678'],
    ['0712345678', '0712345678'],
    ['0862345678', '0862345678'],
    ['024 3825 1234', '02438251234'],
    ['(0258) 382 1234', '02583821234'],
    ['+84 24 3825 1234', '02438251234'],
    ['84.24.3825.1234', '02438251234'],
  ])('%p → %p', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    '',
    '091234567',
    '09123456789',
    '0112345678',
    '0212345678',
    '0412345678',
    '0612345678',
    '024382512345',
    '912345678',
    '+85912345678',
    '+8491234567a',
    '0912_345_678',
    '0038251234567',
  ])('refuses %p', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('refuses non-strings from untyped input', () => {
    expect(normalizePhone(12345 as unknown as string)).toBeNull();
  });
});

describe('checkPhone', () => {
  it('asks for a value when empty', () => {
    expect(checkPhone(' ')).toBe('Vui lòng nhập số điện thoại.');
  });

  it('explains the accepted forms', () => {
    expect(checkPhone('12345')).toBe(
      'Số điện thoại không hợp lệ: số di động gồm 10 chữ số (đầu số 03, 05, 07, 08, 09), số cố định gồm 11 chữ số (đầu số 02).',
    );
    expect(checkPhone('+84 912 345 678')).toBeNull();
  });

  it('tells mobiles from landlines and gives the last four digits', () => {
    expect(isMobilePhone('0912345678')).toBe(true);
    expect(isMobilePhone('02438251234')).toBe(false);
    expect(isMobilePhone('bad')).toBe(false);
    expect(phoneLastFour('+84 912 345 678')).toBe('5678');
    expect(phoneLastFour('bad')).toBeNull();
  });
});

describe('phone properties', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const mobile = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(8)).map(([p, rest]) => `0${p}${rest}`);
  const landline = digits(9).map((rest) => `02${rest}`);
  const national = fc.oneof(mobile, landline);
  const separator = fc.constantFrom('', ' ', '.', '-');

  it('any way of writing a valid number normalises to it', () => {
    fc.assert(
      fc.property(national, fc.constantFrom('0', '+84', '84', '+84 ', '+840'), separator, (number, prefix, sep) => {
        const body = number.slice(1);
        const written = `${prefix}${body.slice(0, 3)}${sep}${body.slice(3, 6)}${sep}${body.slice(6)}`;
        return normalizePhone(written) === number;
      }),
    );
  });

  it('normalisation is idempotent and checkPhone agrees with it', () => {
    fc.assert(
      fc.property(fc.oneof(national, fc.string({ maxLength: 16 })), (input) => {
        const normal = normalizePhone(input);
        if (normal !== null && normalizePhone(normal) !== normal) return false;
        return (checkPhone(input) === null) === (normal !== null);
      }),
    );
  });

  it('a normalised number is 10 digits (mobile) or 11 digits (landline)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16, unit: fc.constantFrom(...'+0123456789 .') }), (input) => {
        const normal = normalizePhone(input);
        return normal === null || /^0[35789]\d{8}$/.test(normal) || /^02\d{9}$/.test(normal);
      }),
    );
  });
});
