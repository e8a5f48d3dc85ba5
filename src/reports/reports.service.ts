import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { toLocalIso } from '../common/local-time';
import {
  ON_TIME_DEFINITIONS,
  parScore,
  ratio,
  type OnTimeDefinition,
  type ProcessingCounts,
  type ReportGroupBy,
} from '../domain/reports';
import type { ReportPeriodQueryDto } from './dto/report-query.dto';
import { ParRubrics, toDomainRubric } from './par-rubrics.service';
import { type LocalPeriod, localPeriod, monthsOf, namedPeriod, periodYear } from './report-period';
import { ReportQueries, type RateCounts } from './report.queries';
import type { ReportScope } from './report-scope';

/** One line of Biểu 06: the group's code and Vietnamese name with the 13 columns' figures. */
export interface ProcessingRowView {
  code: string | null;
  name: string;
  received: { total: number; online: number; directOrPostal: number; carriedOver: number };
  resolved: ProcessingCounts['resolved'];
  pending: ProcessingCounts['pending'];
  /** Withdrawn or stopped in the period (ended without a result): columns (14)–(15) of the printed form, so every row balances. */
  endedUnresolved: ProcessingCounts['endedUnresolved'];
}

export interface ProcessingReportView {
  agency: { code: string; name: string; governingBody: string; placeName: string };
  period: { from: string; to: string };
  groupBy: ReportGroupBy;
  generatedAt: string;
  /** The deadline classes are taken against: the original appointment (QĐ 766 ignores apologies). */
  dueDate: 'original';
  rows: ProcessingRowView[];
  totals: ProcessingRowView;
}

export interface RateView {
  definition: OnTimeDefinition;
  rate: number | null;
  numerator: number;
  denominator: number;
}

export interface OnTimeRateView extends RateView {
  agency: { code: string; name: string };
  period: { from: string; to: string };
  byMonth: Array<{ month: string; rate: number | null; numerator: number; denominator: number }>;
  /** The three definitions over the whole period, side by side. */
  definitions: RateView[];
}

export interface ParScoreView extends RateView {
  /** Only from a rubric an administrator configured for the province and year; null otherwise. */
  score: number | null;
  maxScore: number;
  rubric: { id: string; name: string; description: string; provinceCode: string | null; year: number; example: boolean };
  /** Without a configured rubric: the figure the built-in example rubric would give, labelled as an example. */
  exampleScore: { score: number | null; maxScore: number; label: string } | null;
}

export const EXAMPLE_SCORE_LABEL = 'Ví dụ minh họa theo bộ tiêu chí mẫu, không phải điểm PAR INDEX: quản trị viên cần cấu hình bộ tiêu chí của tỉnh cho năm này';

export const TOTALS_NAME = 'Tổng cộng';

export const DEFINITION_LABELS: Record<OnTimeDefinition, string> = {
  resolved: 'Đúng hạn trên số hồ sơ đã giải quyết trong kỳ',
  due_in_period: 'Đúng hạn trên số hồ sơ đến hạn trong kỳ',
  index766: 'Chỉ số 766 (chỉ tiêu 2.1): gồm hồ sơ đang giải quyết, tính đến cuối kỳ (kỳ chưa kết thúc: đến thời điểm hiện tại)',
};

/** Biểu 06, on-time rates and the PAR score, from the aggregates of ReportQueries. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly queries: ReportQueries,
    private readonly rubrics: ParRubrics,
    private readonly clock: Clock,
  ) {}

  /** The period of a query: from/to, or period=month|quarter|half|year with year and index. */
  periodOf(query: ReportPeriodQueryDto): LocalPeriod {
    if (query.period) {
      if (query.year === undefined) throw DomainError.invalid('year', `is required with period=${query.period}`);
      return namedPeriod(query.period, query.year, query.period === 'year' ? 1 : (query.index ?? 1));
    }
    if (!query.from) throw DomainError.invalid('from', 'is required (or give period, year and index)');
    if (!query.to) throw DomainError.invalid('to', 'is required (or give period, year and index)');
    return localPeriod(query.from, query.to);
  }

  async processing(scope: ReportScope, period: LocalPeriod, groupBy: ReportGroupBy): Promise<ProcessingReportView> {
    const { rows, totals } = await this.queries.processingCounts(scope.agencyCodes, period, groupBy, this.clock.now());
    const names = await this.queries.groupNames(groupBy, rows.map((r) => r.key));
    return {
      agency: { code: scope.agency.code, name: scope.agency.name, governingBody: scope.agency.governingBody, placeName: scope.agency.placeName },
      period: { from: period.fromDate, to: period.toDate },
      groupBy,
      generatedAt: toLocalIso(this.clock.now()),
      dueDate: 'original',
      rows: rows.map((r) => rowView(r.key, names.get(r.key) ?? r.key, r.counts)),
      totals: rowView(null, TOTALS_NAME, totals),
    };
  }

  async onTimeRate(scope: ReportScope, period: LocalPeriod, definition: OnTimeDefinition): Promise<OnTimeRateView> {
    const monthPeriods = monthsOf(period);
    const now = this.clock.now();
    const [whole, months] = await Promise.all([
      this.queries.onTimeCounts(scope.agencyCodes, period, now),
      this.queries.onTimeSeries(scope.agencyCodes, monthPeriods, now),
    ]);
    return {
      agency: { code: scope.agency.code, name: scope.agency.name },
      period: { from: period.fromDate, to: period.toDate },
      ...rateView(definition, whole[definition]),
      byMonth: months.map((m, i) => ({ month: monthPeriods[i].month, ...rateFigures(m[definition]) })),
      definitions: ON_TIME_DEFINITIONS.map((d) => rateView(d, whole[d])),
    };
  }

  /**
   * The PAR criterion: the rate under the rubric's own definition, scored by the rubric's bands. A
   * score comes only from a rubric configured for the province and year (DOMAIN.md §6); otherwise
   * the example rubric's figure is given apart, labelled as an example, and score is null.
   */
  async parScore(scope: ReportScope, period: LocalPeriod): Promise<ParScoreView> {
    const configured = await this.rubrics.configuredFor(scope.agency.code, periodYear(period));
    const rubric = configured ?? (await this.rubrics.example()) ?? (await this.rubrics.forAgency(scope.agency.code, periodYear(period)));
    const counts = await this.queries.onTimeCounts(scope.agencyCodes, period, this.clock.now());
    const rate = rateView(rubric.definition, counts[rubric.definition]);
    const figure = parScore(rate.rate, toDomainRubric(rubric));
    return {
      ...rate,
      score: configured ? figure : null,
      maxScore: rubric.maxScore,
      rubric: { id: rubric.id, name: rubric.name, description: rubric.description, provinceCode: rubric.provinceCode, year: rubric.year, example: !configured },
      exampleScore: configured ? null : { score: figure, maxScore: rubric.maxScore, label: EXAMPLE_SCORE_LABEL },
    };
  }

  /** Open dossiers by procedure now, most overdue first: the dashboard's list. */
  async overdueByProcedure(scope: ReportScope) {
    const now = this.clock.now();
    const rows = await this.queries.overdueByProcedure(scope.agencyCodes, now);
    const procedures = await this.queries.procedures(rows.map((r) => r.procedureCode));
    const fields = await this.queries.groupNames('field', [...new Set([...procedures.values()].map((p) => p.fieldCode))]);
    return {
      agency: { code: scope.agency.code, name: scope.agency.name },
      at: toLocalIso(now),
      total: { pending: sum(rows, 'pending'), overdue: sum(rows, 'overdue'), lateAgainstOriginal: sum(rows, 'lateAgainstOriginal') },
      items: rows.map((r) => {
        const procedure = procedures.get(r.procedureCode);
        return {
          procedureCode: r.procedureCode,
          procedureName: procedure?.name ?? r.procedureCode,
          field: procedure ? { code: procedure.fieldCode, name: fields.get(procedure.fieldCode) ?? procedure.fieldCode } : null,
          pending: r.pending,
          overdue: r.overdue,
          lateAgainstOriginal: r.lateAgainstOriginal,
          oldestDueAt: r.oldestDueAt ? toLocalIso(r.oldestDueAt) : null,
        };
      }),
    };
  }
}

export function rateView(definition: OnTimeDefinition, counts: RateCounts): RateView {
  return { definition, ...rateFigures(counts) };
}

function rateFigures(counts: RateCounts) {
  return { rate: ratio(counts.numerator, counts.denominator), numerator: counts.numerator, denominator: counts.denominator };
}

function rowView(code: string | null, name: string, c: ProcessingCounts): ProcessingRowView {
  return {
    code,
    name,
    received: { total: c.received.total, online: c.received.online, directOrPostal: c.received.directOrPostal, carriedOver: c.received.carriedOver },
    resolved: { ...c.resolved },
    pending: { ...c.pending },
    endedUnresolved: { ...c.endedUnresolved },
  };
}

function sum<T>(rows: T[], key: keyof T): number {
  return rows.reduce((total, row) => total + Number(row[key]), 0);
}
