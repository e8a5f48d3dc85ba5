import fc from 'fast-check';
import { ALL_STATUSES, DossierStatus } from '../dossier';
import {
  COMMENT_MAX_LENGTH,
  isRateable,
  isSatisfactionLevel,
  isSatisfied,
  readSatisfactionInput,
  SATISFACTION_LEVELS,
  SATISFACTION_SOURCES,
  satisfactionLabel,
  whyNotRateable,
} from './index';

describe('satisfaction levels', () => {
  it('has five levels, best first, with their Vietnamese labels', () => {
    expect(SATISFACTION_LEVELS.map((level) => [level, satisfactionLabel(level)])).toEqual([
      ['very_satisfied', 'Rất hài lòng'],
      ['satisfied', 'Hài lòng'],
      ['neutral', 'Bình thường'],
      ['dissatisfied', 'Không hài lòng'],
      ['very_dissatisfied', 'Rất không hài lòng'],
    ]);
  });

  it('labels are NFC-normalised', () => {
    for (const level of SATISFACTION_LEVELS) expect(satisfactionLabel(level)).toBe(satisfactionLabel(level).normalize('NFC'));
  });

  it('matches the CHECK constraint of satisfaction_ratings.level', () => {
    expect([...SATISFACTION_LEVELS].sort()).toEqual(['dissatisfied', 'neutral', 'satisfied', 'very_dissatisfied', 'very_satisfied']);
    expect(SATISFACTION_SOURCES).toEqual(['counter', 'public']);
  });

  it('recognises the codes only', () => {
    for (const level of SATISFACTION_LEVELS) expect(isSatisfactionLevel(level)).toBe(true);
    for (const bad of ['', 'Hài lòng', 'SATISFIED', 'very satisfied', 1, null, undefined, ['satisfied'], {}]) expect(isSatisfactionLevel(bad)).toBe(false);
  });

  it('counts the top two levels as satisfied (indicator 5.4)', () => {
    expect(SATISFACTION_LEVELS.filter(isSatisfied)).toEqual(['very_satisfied', 'satisfied']);
  });
});

describe('which dossiers may be rated', () => {
  it('only a dossier whose result was returned (status 10)', () => {
    expect(ALL_STATUSES.filter(isRateable)).toEqual([DossierStatus.Returned]);
    expect(isRateable(0)).toBe(false);
    expect(isRateable(11)).toBe(false);
  });

  it('says why not, with the status label', () => {
    expect(whyNotRateable(10)).toBeNull();
    expect(whyNotRateable(9)).toBe('Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ này đang ở trạng thái "Đã xử lý xong"');
    expect(whyNotRateable(42)).toContain('trạng thái 42');
  });
});

describe('readSatisfactionInput', () => {
  it('accepts a level alone, with no comment', () => {
    expect(readSatisfactionInput({ level: 'satisfied' })).toEqual({ ok: true, value: { level: 'satisfied', comment: null } });
    expect(readSatisfactionInput({ level: 'neutral', comment: null })).toEqual({ ok: true, value: { level: 'neutral', comment: null } });
    expect(readSatisfactionInput({ level: 'neutral', comment: '  \n ' })).toEqual({ ok: true, value: { level: 'neutral', comment: null } });
  });

  it('stores the comment as trimmed NFC text with line breaks normalised', () => {
    const decomposed = 'Cán bộ nhiệt tình'.normalize('NFD');
    const result = readSatisfactionInput({ level: 'very_satisfied', comment: `  ${decomposed}\r\nCảm ơn.  ` });
    expect(result).toEqual({ ok: true, value: { level: 'very_satisfied', comment: 'Cán bộ nhiệt tình\nCảm ơn.' } });
  });

  it('names the level when it is missing or unknown', () => {
    for (const level of [undefined, null, '', 'happy', 3, ['satisfied', 'neutral']]) {
      const result = readSatisfactionInput({ level });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['level']);
    }
  });

  it(`limits the comment to ${COMMENT_MAX_LENGTH} characters, counted on the NFC text`, () => {
    const exactly = 'ệ'.repeat(COMMENT_MAX_LENGTH);
    expect(readSatisfactionInput({ level: 'satisfied', comment: exactly.normalize('NFD') })).toEqual({ ok: true, value: { level: 'satisfied', comment: exactly } });
    const tooLong = readSatisfactionInput({ level: 'satisfied', comment: 'a'.repeat(COMMENT_MAX_LENGTH + 1) });
    expect(tooLong).toEqual({ ok: false, errors: [{ field: 'comment', message: `Góp ý tối đa ${COMMENT_MAX_LENGTH} ký tự (đang có ${COMMENT_MAX_LENGTH + 1})` }] });
  });

  it('refuses a comment that is not text or carries control characters', () => {
    for (const comment of [42, { text: 'x' }, ['a'], 'a\u0000b', 'chuông\u0007']) {
      const result = readSatisfactionInput({ level: 'satisfied', comment });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['comment']);
    }
  });

  it('reports both fields at once', () => {
    const result = readSatisfactionInput({ level: 'x', comment: 'a'.repeat(COMMENT_MAX_LENGTH + 1) });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['level', 'comment']);
  });

  it('never throws and accepts exactly the valid inputs (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SATISFACTION_LEVELS), fc.anything()), fc.oneof(fc.string({ maxLength: 600 }), fc.anything()), (level, comment) => {
        const result = readSatisfactionInput({ level, comment });
        if (result.ok) {
          expect(isSatisfactionLevel(level)).toBe(true);
          if (result.value.comment !== null) {
            expect([...result.value.comment].length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
            expect(result.value.comment).toBe(result.value.comment.normalize('NFC').trim());
          }
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
