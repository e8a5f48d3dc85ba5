import type { OnTimeDefinition } from './on-time-rate';

/**
 * A PAR INDEX scoring rubric (Chỉ số cải cách hành chính, QĐ 876/QĐ-BNV) for the on-time rate.
 * Thresholds, points and the rate's definition differ by province and year, so a rubric is
 * configuration data, never code.
 */
export interface ParBand {
  /** Lowest rate (0..1) that earns the points. */
  minRate: number;
  points: number;
}

export interface ParRubric {
  id: string;
  name: string;
  province: string;
  year: number;
  definition: OnTimeDefinition;
  maxScore: number;
  bands: ParBand[];
}

/**
 * An illustrative rubric, not any province's official one: 100% earns the full point, 95% or more
 * half of it, 90% or more a quarter, less nothing. Copy and edit it for a real province and year.
 */
export const EXAMPLE_PAR_RUBRIC: ParRubric = {
  id: 'example-on-time-2025',
  name: 'Ví dụ: tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn',
  province: 'Ví dụ (không phải quy định của tỉnh nào)',
  year: 2025,
  definition: 'resolved',
  maxScore: 1,
  bands: [
    { minRate: 1, points: 1 },
    { minRate: 0.95, points: 0.5 },
    { minRate: 0.9, points: 0.25 },
    { minRate: 0, points: 0 },
  ],
};

/** The five groups of the QĐ 766/QĐ-TTg (2022) service index, 100 points in all. */
export const INDEX_766_GROUPS = {
  transparency: { name: 'Công khai, minh bạch', maxPoints: 18 },
  progress: { name: 'Tiến độ giải quyết', maxPoints: 20 },
  onlineService: { name: 'Dịch vụ trực tuyến', maxPoints: 22 },
  digitisation: { name: 'Số hóa hồ sơ', maxPoints: 22 },
  satisfaction: { name: 'Mức độ hài lòng', maxPoints: 18 },
} as const;

/**
 * QĐ 766 indicators computed here, with their thresholds for indexPoints. Only the points this
 * project has a source for are filled in; the others are passed by the caller.
 */
export const INDEX_766_INDICATORS = {
  /** 2.1: on-time processing, 20 points, full points only at 100%. */
  onTime: { indicator: '2.1', maxPoints: 20, threshold: 1 },
  /** Share of dossiers received online: full points from 50%. */
  onlineShare: { threshold: 0.5 },
  /** 5.4: satisfaction: full points from 90%. */
  satisfaction: { indicator: '5.4', threshold: 0.9 },
} as const;
