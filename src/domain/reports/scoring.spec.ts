import fc from 'fast-check';
import { EXAMPLE_PAR_RUBRIC, INDEX_766_GROUPS, INDEX_766_INDICATORS, ParRubric } from './rubrics';
import { checkRubric, indexPoints, parScore } from './scoring';

describe('parScore', () => {
  it.each([
    [1, 1],
    [0.9999, 0.5],
    [0.95, 0.5],
    [0.9499, 0.25],
    [0.9, 0.25],
    [0.8999, 0],
    [0, 0],
  ])('example rubric: rate %p → %p points', (rate, points) => {
    expect(parScore(rate, EXAMPLE_PAR_RUBRIC)).toBe(points);
  });

  it('gives null for no rate and 0 when no band applies', () => {
    expect(parScore(null, EXAMPLE_PAR_RUBRIC)).toBeNull();
    const noFloor: ParRubric = { ...EXAMPLE_PAR_RUBRIC, bands: [{ minRate: 0.9, points: 2 }] };
    expect(parScore(0.5, noFloor)).toBe(0);
  });

  it('does not depend on the order bands are listed in', () => {
    const shuffled = { ...EXAMPLE_PAR_RUBRIC, bands: [...EXAMPLE_PAR_RUBRIC.bands].reverse() };
    expect(parScore(0.96, shuffled)).toBe(0.5);
  });

  it('refuses rates outside 0..1', () => {
    expect(() => parScore(1.01, EXAMPLE_PAR_RUBRIC)).toThrow(RangeError);
    expect(() => parScore(NaN, EXAMPLE_PAR_RUBRIC)).toThrow(RangeError);
  });
});

describe('indexPoints', () => {
  it('is proportional up to the threshold, then full', () => {
    // 2.1: 20 points only at 100%: 95% gives 19.
    expect(indexPoints(0.95, 20, 1)).toBe(19);
    // Online share, threshold 50%: 40% of 10 points gives 8, 60% gives 10.
    expect(indexPoints(0.4, 10, INDEX_766_INDICATORS.onlineShare.threshold)).toBe(8);
    expect(indexPoints(0.6, 10, 0.5)).toBe(10);
    // Satisfaction, threshold 90%: 60% of 3 points gives 2; 2/3 of 1 point rounds to 0.74.
    expect(indexPoints(0.6, 3, INDEX_766_INDICATORS.satisfaction.threshold)).toBe(2);
    expect(indexPoints(2 / 3, 1, 0.9)).toBe(0.74);
  });

  it('refuses impossible inputs', () => {
    expect(() => indexPoints(-0.1, 20, 1)).toThrow(RangeError);
    expect(() => indexPoints(0.5, -1, 1)).toThrow(RangeError);
    expect(() => indexPoints(0.5, 20, 0)).toThrow(RangeError);
    expect(() => indexPoints(0.5, 20, 1.5)).toThrow(RangeError);
  });

  it('the 766 groups add up to 100 points', () => {
    expect(Object.values(INDEX_766_GROUPS).reduce((sum, g) => sum + g.maxPoints, 0)).toBe(100);
    expect(INDEX_766_INDICATORS.onTime).toEqual({ indicator: '2.1', maxPoints: 20, threshold: 1 });
  });
});

describe('checkRubric', () => {
  it('accepts the example rubric', () => {
    expect(checkRubric(EXAMPLE_PAR_RUBRIC)).toBeNull();
  });

  it.each<[string, Partial<ParRubric>, string]>([
    ['an unknown definition', { definition: 'x' as never }, 'Cách tính tỷ lệ đúng hạn của thang điểm không hợp lệ.'],
    ['a zero maximum', { maxScore: 0 }, 'Điểm tối đa của thang điểm phải lớn hơn 0.'],
    ['no bands', { bands: [] }, 'Thang điểm phải có ít nhất một mức.'],
    ['a rate above 1', { bands: [{ minRate: 95, points: 1 }] }, 'Tỷ lệ tối thiểu của mỗi mức phải từ 0 đến 1 (0% đến 100%).'],
    ['points above the maximum', { bands: [{ minRate: 1, points: 2 }] }, 'Điểm của mỗi mức phải từ 0 đến điểm tối đa.'],
    ['two bands at one rate', { bands: [{ minRate: 1, points: 1 }, { minRate: 1, points: 0.5 }] }, 'Hai mức của thang điểm không được có cùng tỷ lệ tối thiểu.'],
    ['fewer points for more', { bands: [{ minRate: 1, points: 0.5 }, { minRate: 0.9, points: 1 }] }, 'Mức có tỷ lệ cao hơn không được có điểm thấp hơn.'],
  ])('refuses %s', (_, override, message) => {
    expect(checkRubric({ ...EXAMPLE_PAR_RUBRIC, ...override })).toBe(message);
  });
});

describe('scoring properties', () => {
  const rate = fc.double({ min: 0, max: 1, noNaN: true });
  const rubric = fc
    .uniqueArray(fc.record({ minRate: rate, points: fc.double({ min: 0, max: 10, noNaN: true }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (b) => b.minRate,
    })
    .map((bands): ParRubric => {
      // Make points non-decreasing with the rate, as checkRubric demands.
      const byRate = [...bands].sort((a, b) => a.minRate - b.minRate);
      const points = byRate.map((b) => b.points).sort((a, b) => a - b);
      return { ...EXAMPLE_PAR_RUBRIC, maxScore: 10, bands: byRate.map((b, i) => ({ minRate: b.minRate, points: points[i] })) };
    });

  it('a valid rubric scores within 0..maxScore and never less for a higher rate', () => {
    fc.assert(
      fc.property(rubric, rate, rate, (r, a, b) => {
        if (checkRubric(r) !== null) return false;
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowScore = parScore(low, r) as number;
        const highScore = parScore(high, r) as number;
        return lowScore >= 0 && highScore <= r.maxScore && lowScore <= highScore;
      }),
    );
  });

  it('index points stay within 0..max, are monotone and full from the threshold', () => {
    const threshold = fc.double({ min: 0.01, max: 1, noNaN: true });
    const max = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(rate, rate, max, threshold, (a, b, m, t) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const pl = indexPoints(low, m, t);
        const ph = indexPoints(high, m, t);
        return pl >= 0 && ph <= m && pl <= ph && (high < t || ph === m);
      }),
    );
  });
});
