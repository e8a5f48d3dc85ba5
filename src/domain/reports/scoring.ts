import { ParRubric } from './rubrics';
import { ON_TIME_DEFINITIONS } from './on-time-rate';

/**
 * PAR INDEX points for a rate: the points of the band with the highest minRate not above the rate;
 * 0 when no band applies; null when there is no rate (no dossiers).
 */
export function parScore(rate: number | null, rubric: ParRubric): number | null {
  if (rate === null) return null;
  assertRate(rate);
  const band = [...rubric.bands].sort((a, b) => b.minRate - a.minRate).find((b) => b.minRate <= rate);
  return band?.points ?? 0;
}

/**
 * QĐ 766 points proportional to the rate up to a threshold: min(max, rate × max ÷ threshold),
 * rounded to 2 decimals (e.g. online share 40% with threshold 50% and 10 points → 8).
 */
export function indexPoints(rate: number, maxPoints: number, threshold: number): number {
  assertRate(rate);
  if (!(maxPoints >= 0) || !(threshold > 0 && threshold <= 1)) {
    throw new RangeError('indexPoints needs maxPoints ≥ 0 and 0 < threshold ≤ 1');
  }
  const points = Math.min(maxPoints, (rate * maxPoints) / threshold);
  return Math.round(points * 100) / 100;
}

/**
 * Checks a rubric an administrator edits; a Vietnamese message, or null when it is usable: known
 * definition, positive maximum, bands with distinct rates in 0..1, points in 0..maximum and never
 * fewer points for a higher rate.
 */
export function checkRubric(rubric: ParRubric): string | null {
  if (!ON_TIME_DEFINITIONS.includes(rubric.definition)) return 'Cách tính tỷ lệ đúng hạn của thang điểm không hợp lệ.';
  if (!(rubric.maxScore > 0)) return 'Điểm tối đa của thang điểm phải lớn hơn 0.';
  if (rubric.bands.length === 0) return 'Thang điểm phải có ít nhất một mức.';
  const bands = [...rubric.bands].sort((a, b) => a.minRate - b.minRate);
  if (bands.some((b) => !(b.minRate >= 0 && b.minRate <= 1))) return 'Tỷ lệ tối thiểu của mỗi mức phải từ 0 đến 1 (0% đến 100%).';
  if (bands.some((b) => !(b.points >= 0 && b.points <= rubric.maxScore))) return 'Điểm của mỗi mức phải từ 0 đến điểm tối đa.';
  if (bands.some((b, i) => i > 0 && b.minRate === bands[i - 1].minRate)) return 'Hai mức của thang điểm không được có cùng tỷ lệ tối thiểu.';
  if (bands.some((b, i) => i > 0 && b.points < bands[i - 1].points)) return 'Mức có tỷ lệ cao hơn không được có điểm thấp hơn.';
  return null;
}

function assertRate(rate: number): void {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`A rate must be within 0..1, got ${rate}`);
}
