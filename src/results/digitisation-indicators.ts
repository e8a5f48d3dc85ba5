import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DigitisationIndicator, DigitisationIndicatorRule, parseDigitisationRules } from '../domain/digitisation';
import { indexPoints, ratio } from '../domain/reports';
import { DigitisationQueries, type DossierHit, type Period } from './digitisation.queries';

export interface DigitisationFigure {
  rate: number | null;
  numerator: number;
  denominator: number;
  threshold: number;
  share: number | null;
  points: number | null;
  maxPoints: number;
  /** What is counted, in one sentence. */
  definition: string;
  /** The dossiers behind the numerator (codes). */
  dossiers: string[];
}

export interface DigitisationIndicators {
  '4.1': DigitisationFigure;
  '4.2': DigitisationFigure;
  '4.3': DigitisationFigure;
  '4.4': DigitisationFigure;
}

interface Counts {
  numerator: number;
  denominator: number;
  dossiers: string[];
}

const DEFINITIONS = {
  '4.1': 'Hồ sơ giải quyết xong trong kỳ có kết quả điện tử được ký số',
  '4.2': 'Hồ sơ tiếp nhận trong kỳ có thành phần hồ sơ được số hóa',
  '4.3': 'Thành phần hồ sơ (tệp) của hồ sơ tiếp nhận trong kỳ được dùng lại từ hồ sơ trước thay vì yêu cầu nộp lại',
  '4.4': 'Hồ sơ tiếp nhận trong kỳ có thông tin người nộp được đối chiếu với cơ sở dữ liệu dùng chung (dân cư, đăng ký doanh nghiệp…)',
} as const;

/**
 * QĐ 766 group 4 from the service's own records, scored with indexPoints (proportional up to the
 * threshold) and the configured points (INDEX_766_DIGITISATION). Dossiers count at their resolving
 * agency, like the other indicators.
 */
@Injectable()
export class DigitisationIndicatorsService {
  private readonly rules: Record<DigitisationIndicator, DigitisationIndicatorRule>;

  constructor(
    private readonly queries: DigitisationQueries,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const rules = parseDigitisationRules(config.digitisationRules);
    if (typeof rules === 'string') throw new Error(`Configuration error: INDEX_766_DIGITISATION: ${rules}`);
    this.rules = rules;
  }

  async build(agencies: string[], period: Period): Promise<DigitisationIndicators> {
    const [electronic, digitised, reused, shared] = await Promise.all([
      this.electronicResults(agencies, period),
      this.digitised(agencies, period),
      this.reused(agencies, period),
      this.sharedDataChecked(agencies, period),
    ]);
    return { '4.1': this.figure('4.1', electronic), '4.2': this.figure('4.2', digitised), '4.3': this.figure('4.3', reused), '4.4': this.figure('4.4', shared) };
  }

  private figure(indicator: DigitisationIndicator, counts: Counts): DigitisationFigure {
    const { maxPoints, threshold } = this.rules[indicator];
    const rate = ratio(counts.numerator, counts.denominator);
    return {
      rate,
      numerator: counts.numerator,
      denominator: counts.denominator,
      threshold,
      share: rate === null ? null : indexPoints(rate, 1, threshold),
      points: rate === null ? null : indexPoints(rate, maxPoints, threshold),
      maxPoints,
      definition: DEFINITIONS[indicator],
      dossiers: counts.dossiers,
    };
  }

  private async electronicResults(agencies: string[], period: Period): Promise<Counts> {
    return counted(await this.queries.electronicResults(agencies, period));
  }

  private async digitised(agencies: string[], period: Period): Promise<Counts> {
    return counted(await this.queries.digitised(agencies, period));
  }

  private async sharedDataChecked(agencies: string[], period: Period): Promise<Counts> {
    return counted(await this.queries.sharedDataChecked(agencies, period));
  }

  private async reused(agencies: string[], period: Period): Promise<Counts> {
    const rows = await this.queries.reuse(agencies, period);
    return {
      numerator: rows.reduce((n, r) => n + Number(r.reused), 0),
      denominator: rows.reduce((n, r) => n + Number(r.total), 0),
      dossiers: rows.filter((r) => Number(r.reused) > 0).map((r) => r.code),
    };
  }
}

function counted(rows: DossierHit[]): Counts {
  const hits = rows.filter((r) => r.hit).map((r) => r.code);
  return { numerator: hits.length, denominator: rows.length, dossiers: hits };
}
