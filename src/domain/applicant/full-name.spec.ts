import fc from 'fast-check';
import { checkFullName, maskName, normalizeFullName } from './validation';

const INVALID_CHARS = 'Họ và tên chỉ được gồm chữ cái (có dấu tiếng Việt) và khoảng trắng.';
const ONE_WORD = 'Vui lòng nhập đầy đủ họ và tên (ít nhất hai từ).';

describe('normalizeFullName', () => {
  it('collapses whitespace, trims and keeps case', () => {
    expect(normalizeFullName('  Nguyễn \t Văn\u00A0 An  ')).toBe('Nguyễn Văn An');
  });

  it('composes decomposed diacritics (NFC)', () => {
    const decomposed = 'Nguyê\u0303n Thi\u0323 Hô\u0300ng';
    expect(normalizeFullName(decomposed)).toBe('Nguyễn Thị Hồng');
    expect(normalizeFullName(decomposed)).toHaveLength('Nguyễn Thị Hồng'.length);
  });

  it('turns typographic apostrophes into plain ones', () => {
    expect(normalizeFullName('H\u2019Hen Niê')).toBe("H'Hen Niê");
  });
});

describe('checkFullName', () => {
  it.each([
    'Nguyễn Thị Hồng Nhung',
    'Trần Đức Bo',
    'ĐẶNG THỊ ỨNG',
    'lê ơ ư',
    'Phạm Văn Ngọc Quyết Trường Sơn',
    "H'Hen Niê",
    'Ksor H\u2019Bơ Khăp',
    'Y Moan Enuôl',
    'Nguye\u0302\u0303n Va\u0306n A',
    'John Smith',
  ])('accepts %p', (name) => {
    expect(checkFullName(name)).toBeNull();
  });

  it('asks for a value when empty', () => {
    expect(checkFullName('   ')).toBe('Vui lòng nhập họ và tên.');
  });

  it('needs at least two words', () => {
    expect(checkFullName('Nhung')).toBe(ONE_WORD);
  });

  it.each(['Nguyễn Văn 2', 'Nguyễn-Văn An', 'Nguyễn Văn An.', "'Hen Niê", "H''Hen Niê", "Hen' Niê", 'Nguyễn Văn Аn', 'Nguyễn Ⅳ', '王 小明', 'Nguyễn @n'])(
    'refuses non-letters or other scripts: %p',
    (name) => {
      expect(checkFullName(name)).toBe(INVALID_CHARS);
    },
  );

  it('allows 100 characters, not 101 (counted after normalisation)', () => {
    const hundred = `Nguyễn ${'a'.repeat(93)}`;
    expect([...hundred]).toHaveLength(100);
    expect(checkFullName(hundred)).toBeNull();
    expect(checkFullName(`${hundred}b`)).toBe('Họ và tên không được dài quá 100 ký tự.');
    expect(checkFullName(`  ${hundred.replace(' ', '     ')}  `)).toBeNull();
  });
});

describe('maskName', () => {
  it.each([
    ['Nguyễn Thị Hồng Nhung', 'Nguyễn T. H. N.'],
    ['Trần Đức Anh', 'Trần Đ. A.'],
    ['lê văn ánh', 'lê V. Á.'],
    ['  Phạm   Ư  ', 'Phạm Ư.'],
    ["Ksor H'Bơ Khăp", 'Ksor H. K.'],
    ['Nguye\u0302\u0303n E\u0302\u0301 ', 'Nguyễn Ế.'],
    ['Nhung', 'N.'],
    ['', ''],
  ])('%p → %p', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('name properties', () => {
  const vietnameseLetter = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ');
  const word = fc
    .array(vietnameseLetter, { minLength: 1, maxLength: 8 })
    .map((letters) => letters.join(''))
    .map((w) => w[0].toUpperCase() + w.slice(1));
  const name = fc.array(word, { minLength: 2, maxLength: 6 }).map((words) => words.join(' '));
  const messy = fc.tuple(name, fc.constantFrom(' ', '  ', '\t', '\u00A0')).map(([n, gap]) => ` ${n.split(' ').join(gap)} `.normalize('NFD'));

  it('names of Vietnamese words are accepted however they are spaced or composed', () => {
    fc.assert(fc.property(messy, (input) => checkFullName(input) === null));
  });

  it('normalisation is idempotent', () => {
    fc.assert(fc.property(fc.oneof(messy, fc.string()), (input) => normalizeFullName(normalizeFullName(input)) === normalizeFullName(input)));
  });

  it('masking keeps the family name and one initial per other word, revealing no other word', () => {
    fc.assert(
      fc.property(messy, (input) => {
        const words = normalizeFullName(input).split(' ');
        const masked = maskName(input).split(' ');
        return (
          masked.length === words.length &&
          masked[0] === words[0] &&
          masked.slice(1).every((part, i) => [...part].length === 2 && part.endsWith('.') && words[i + 1].toUpperCase().startsWith(part[0]))
        );
      }),
    );
  });
});
