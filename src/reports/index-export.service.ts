import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar';
import { Clock } from '../common/clock';
import { toLocalIso } from '../common/local-time';
import type { WorkingCalendar } from '../domain/calendar';
import { INDEX_766_INDICATORS, indexPoints, ratio } from '../domain/reports';
import { DigitisationIndicatorsService, type DigitisationIndicators } from '../results';
import { type LocalPeriod } from './report-period';
import { IndicatorDossiers } from './indicator-dossiers.queries';
import { ReportQueries, type ProcessingTimeRow, type RateCounts } from './report.queries';
import type { ReportScope } from './report-scope';
import { type ParScoreView, ReportsService } from './reports.service';

/**
 * Points of the QĐ 766 indicators this service can score. 2.1 has its 20 points from DOMAIN.md §6; the
 * maximum points of 3.3 and 5.4 are not in our sources, so they are reported as null with the rate,
 * the threshold and `share` (the fraction of the maximum earned: min(1, rate ÷ threshold)) for the
 * scorer to multiply by its own maximum.
 */
const MAX_POINTS: { onlineShare: number | null; satisfaction: number | null } = { onlineShare: null, satisfaction: null };

/** Indicator 1.4 (6 points): share of the period's dossiers whose record the national portal (DVCQG) accepted; all of them earn the full points. */
export const SYNCED_INDICATOR = { maxPoints: 6, threshold: 1 } as const;

export interface IndexExport {
  agency: { code: string; name: string };
  period: { from: string; to: string };
  generatedAt: string;
  indicators: {
    '1.4': ThresholdIndicator;
    '2.1': { rate: number | null; numerator: number; denominator: number; points: number | null; maxPoints: number; definition: 'index766' };
    '2.2': { count: number; byProcedure: ProcessingTimeView[] };
    '3.3': ThresholdIndicator;
    '5.4': ThresholdIndicator | null;
  } & DigitisationIndicators;
  par: Pick<ParScoreView, 'definition' | 'rate' | 'score' | 'maxScore' | 'rubric' | 'exampleScore'>;
}

export interface ThresholdIndicator {
  rate: number | null;
  numerator: number;
  denominator: number;
  threshold: number;
  share: number | null;
  points: number | null;
  maxPoints: number | null;
}

export interface ProcessingTimeView {
  procedureCode: string;
  procedureName: string;
  /** The unit of the procedure's legal duration (same-day procedures are measured in working days). */
  unit: 'working_days' | 'working_hours' | 'calendar_days';
  /** The legal duration in that unit (1 working day for a same-day procedure). */
  allowed: number;
  /** Average time from receipt to resolution, supplement waits excluded, 2 decimals. */
  average: number;
  count: number;
}

/** The payload for the index scorer (QĐ 766 and PAR INDEX): GET /api/v1/index-export and `npm run cli -- index-export`. */
@Injectable()
export class IndexExportService {
  constructor(
    private readonly reports: ReportsService,
    private readonly queries: ReportQueries,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    private readonly traced: IndicatorDossiers,
    private readonly digitisation: DigitisationIndicatorsService,
  ) {}

  async build(scope: ReportScope, period: LocalPeriod): Promise<IndexExport> {
    const codes = scope.agencyCodes;
    const [synced, onTime, received, times, satisfaction, par, digitisation] = await Promise.all([
      this.traced.syncedCounts(codes, period),
      this.queries.onTimeCounts(codes, period, this.clock.now()),
      this.queries.processingCounts(codes, period, 'field', this.clock.now()),
      this.processingTimes(codes, period),
      this.queries.satisfaction(codes, period),
      this.reports.parScore(scope, period),
      this.digitisation.build(codes, period),
    ]);
    const onTimeRate = ratio(onTime.index766.numerator, onTime.index766.denominator);
    const { maxPoints, threshold } = INDEX_766_INDICATORS.onTime;
    const online = { numerator: received.totals.received.online, denominator: received.totals.received.inPeriod };
    return {
      agency: { code: scope.agency.code, name: scope.agency.name },
      period: { from: period.fromDate, to: period.toDate },
      generatedAt: toLocalIso(this.clock.now()),
      indicators: {
        '1.4': thresholdIndicator(synced, SYNCED_INDICATOR.threshold, SYNCED_INDICATOR.maxPoints),
        '2.1': {
          rate: onTimeRate,
          ...onTime.index766,
          points: onTimeRate === null ? null : indexPoints(onTimeRate, maxPoints, threshold),
          maxPoints,
          definition: 'index766',
        },
        '2.2': { count: times.reduce((n, t) => n + t.count, 0), byProcedure: times },
        '3.3': thresholdIndicator(online, INDEX_766_INDICATORS.onlineShare.threshold, MAX_POINTS.onlineShare),
        '5.4': satisfaction.denominator === 0 ? null : thresholdIndicator(satisfaction, INDEX_766_INDICATORS.satisfaction.threshold, MAX_POINTS.satisfaction),
        ...digitisation,
      },
      par: { definition: par.definition, rate: par.rate, score: par.score, maxScore: par.maxScore, rubric: par.rubric, exampleScore: par.exampleScore },
    };
  }

  /** Indicator 2.2: average processing time per procedure, in the procedure's own unit. */
  private async processingTimes(agencies: string[], period: LocalPeriod): Promise<ProcessingTimeView[]> {
    const rows = await this.queries.resolvedForProcessingTime(agencies, period);
    const procedures = await this.queries.procedures([...new Set(rows.map((r) => r.procedureCode))]);
    const calendars = new Map<string, WorkingCalendar>();
    for (const agency of new Set(rows.map((r) => r.agencyCode))) calendars.set(agency, await this.calendars.calendarFor(agency));
    const byProcedure = new Map<string, number[]>();
    for (const row of rows) {
      const procedure = procedures.get(row.procedureCode);
      const unit = unitOf(procedure?.unit);
      const list = byProcedure.get(row.procedureCode) ?? [];
      list.push(elapsed(row, unit, calendars.get(row.agencyCode) as WorkingCalendar));
      byProcedure.set(row.procedureCode, list);
    }
    return [...byProcedure.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, values]) => {
        const procedure = procedures.get(code);
        return {
          procedureCode: code,
          procedureName: procedure?.name ?? code,
          unit: unitOf(procedure?.unit),
          allowed: allowedOf(procedure),
          average: round2(values.reduce((a, b) => a + b, 0) / values.length),
          count: values.length,
        };
      });
  }
}

function thresholdIndicator(counts: RateCounts, threshold: number, maxPoints: number | null): ThresholdIndicator {
  const rate = ratio(counts.numerator, counts.denominator);
  return {
    rate,
    ...counts,
    threshold,
    share: rate === null ? null : indexPoints(rate, 1, threshold),
    points: rate === null || maxPoints === null ? null : indexPoints(rate, maxPoints, threshold),
    maxPoints,
  };
}

function unitOf(unit: string | undefined): ProcessingTimeView['unit'] {
  return unit === 'working_hours' || unit === 'calendar_days' ? unit : 'working_days';
}

/** Receipt → resolution minus the supplement waits, in the unit. */
function elapsed(row: ProcessingTimeRow, unit: ProcessingTimeView['unit'], calendar: WorkingCalendar): number {
  const clip = (at: Date) => new Date(Math.min(Math.max(at.getTime(), row.receivedAt.getTime()), row.resolvedAt.getTime()));
  const waits = row.waits.map(([requested, received]) => [clip(requested), clip(received ?? row.resolvedAt)] as const);
  if (unit === 'calendar_days') {
    const ms = row.resolvedAt.getTime() - row.receivedAt.getTime() - waits.reduce((n, [a, b]) => n + (b.getTime() - a.getTime()), 0);
    return ms / 86_400_000;
  }
  const minutes = calendar.workingMinutesBetween(row.receivedAt, row.resolvedAt) - waits.reduce((n, [a, b]) => n + calendar.workingMinutesBetween(a, b), 0);
  return unit === 'working_hours' ? minutes / 60 : minutes / calendar.dailyWorkingMinutes;
}

/** The legal time in the unit of 2.2; a same-day procedure ("trong ngày") is allowed one working day. */
function allowedOf(procedure: { unit: string; value: number } | undefined): number {
  if (!procedure) return 0;
  return procedure.unit === 'same_day' ? 1 : procedure.value;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
