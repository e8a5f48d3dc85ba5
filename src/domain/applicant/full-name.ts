/**
 * A person's full name (họ và tên): letters of the Latin alphabet with any Vietnamese diacritics,
 * single spaces between words, at least two words, at most 100 characters once normalised.
 * Deliberate extension: an apostrophe between letters is accepted, as in Central Highlands names
 * (`H'Hen Niê`, `Ksor H'Bơ`); typographic apostrophes are normalised to `'`.
 */
const MAX_LENGTH = 100;
const LETTERS_ONLY = /^[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*$/u;
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}']+$/u;

/** Unicode NFC, one space between words, no surrounding spaces, `'` for apostrophes. Case is kept. */
export function normalizeFullName(value: string): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function checkFullName(value: string): string | null {
  const name = normalizeFullName(value);
  if (name === '') return 'Vui lòng nhập họ và tên.';
  if ([...name].length > MAX_LENGTH) return `Họ và tên không được dài quá ${MAX_LENGTH} ký tự.`;
  const words = name.split(' ');
  if (!words.every(isNameWord)) return 'Họ và tên chỉ được gồm chữ cái (có dấu tiếng Việt) và khoảng trắng.';
  if (words.length < 2) return 'Vui lòng nhập đầy đủ họ và tên (ít nhất hai từ).';
  return null;
}

/**
 * The name shown on the public status page (DOMAIN.md §7): the family name, then the initial of
 * every other word: `Nguyễn Thị Hồng Nhung` → `Nguyễn T. H. N.`. A one-word name shows its initial
 * only, so no full word of it is revealed.
 */
export function maskName(fullName: string): string {
  const words = normalizeFullName(fullName).split(' ').filter((word) => word !== '');
  if (words.length === 0) return '';
  if (words.length === 1) return initial(words[0]);
  return [words[0], ...words.slice(1).map(initial)].join(' ');
}

function isNameWord(word: string): boolean {
  return LETTERS_ONLY.test(word) && LATIN_ONLY.test(word);
}

/** First letter with its combining marks, upper case, and a full stop: `hồng` → `H.`, `đức` → `Đ.`. */
function initial(word: string): string {
  const first = /^.\p{M}*/u.exec(word)?.[0] ?? '';
  return `${first.toLocaleUpperCase('vi')}.`;
}
