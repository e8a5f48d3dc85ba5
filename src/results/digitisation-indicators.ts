import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DigitisationIndicator, DigitisationIndicatorRule, parseDigitisationRules } from '../domain/digitisation';
import { indexPoints, ratio } from '../domain/reports';

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

/** The half-open instants of a report period. */
interface Period {
  from: Date;
  to: Date;
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
    @InjectDataSource() private readonly db: DataSource,
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

  private electronicResults(agencies: string[], period: Period): Promise<Counts> {
    return this.dossierCounts(
      `SELECT d.code, EXISTS (SELECT 1 FROM dossier_results r WHERE r.dossier_id = d.id) AS hit
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.resolved_at >= $2 AND d.resolved_at < $3`,
      [agencies, period.from, period.to],
    );
  }

  private digitised(agencies: string[], period: Period): Promise<Counts> {
    return this.dossierCounts(
      `SELECT d.code, EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.digitised) AS hit
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2 AND d.received_at < $3`,
      [agencies, period.from, period.to],
    );
  }

  /** A check the shared database answered (an outage, `unavailable`, is not one: countsForIndicator). */
  private sharedDataChecked(agencies: string[], period: Period): Promise<Counts> {
    return this.dossierCounts(
      `SELECT d.code, EXISTS (SELECT 1 FROM shared_data_checks c WHERE c.dossier_id = d.id AND c.outcome <> 'unavailable') AS hit
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2 AND d.received_at < $3`,
      [agencies, period.from, period.to],
    );
  }

  private async reused(agencies: string[], period: Period): Promise<Counts> {
    const rows: Array<{ code: string; total: string; reused: string }> = await this.db.query(
      `SELECT d.code, count(*) AS total, count(*) FILTER (WHERE a.reuse_of IS NOT NULL) AS reused
         FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2 AND d.received_at < $3
        GROUP BY d.code ORDER BY d.code`,
      [agencies, period.from, period.to],
    );
    return {
      numerator: rows.reduce((n, r) => n + Number(r.reused), 0),
      denominator: rows.reduce((n, r) => n + Number(r.total), 0),
      dossiers: rows.filter((r) => Number(r.reused) > 0).map((r) => r.code),
    };
  }

  private async dossierCounts(sql: string, params: unknown[]): Promise<Counts> {
    const rows: Array<{ code: string; hit: boolean }> = await this.db.query(`${sql} ORDER BY d.code`, params);
    const hits = rows.filter((r) => r.hit).map((r) => r.code);
    return { numerator: hits.length, denominator: rows.length, dossiers: hits };
  }
}
