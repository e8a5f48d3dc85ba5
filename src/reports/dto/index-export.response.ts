import { ApiProperty } from '@nestjs/swagger';
import { ReportAgencyResponse, ReportPeriodResponse } from './processing-report.response';
import { RateFiguresResponse, RubricRefResponse, ExampleScoreResponse } from './rates.response';

/** QĐ 766 indicator 2.1: on-time rate under the index766 definition. */
export class OnTimeIndicatorResponse extends RateFiguresResponse {
  @ApiProperty({ type: Number, nullable: true, example: 19.13 })
  points: number | null;

  @ApiProperty({ example: 20 })
  maxPoints: number;

  @ApiProperty({ enum: ['index766'] })
  definition: string;
}

export class ProcessingTimeResponse {
  @ApiProperty({ example: '1.004873' })
  procedureCode: string;

  @ApiProperty()
  procedureName: string;

  @ApiProperty({ enum: ['working_days', 'working_hours', 'calendar_days'], description: "The unit of the procedure's legal duration (same-day counts in working days)" })
  unit: string;

  @ApiProperty({ example: 3, description: 'The legal duration in that unit' })
  allowed: number;

  @ApiProperty({ example: 1.75, description: 'Average receipt → resolution, supplement waits excluded, 2 decimals' })
  average: number;

  @ApiProperty({ type: 'integer' })
  count: number;
}

/** Indicator 2.2: processing time per procedure. */
export class ProcessingTimeIndicatorResponse {
  @ApiProperty({ type: 'integer', description: 'Dossiers measured' })
  count: number;

  @ApiProperty({ type: () => [ProcessingTimeResponse] })
  byProcedure: ProcessingTimeResponse[];
}

/** Indicators 3.3 and 5.4: a rate against a threshold; their maximum points are left to the scorer. */
export class ThresholdIndicatorResponse extends RateFiguresResponse {
  @ApiProperty({ example: 0.5, description: 'Rate that earns the full points' })
  threshold: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Fraction of the maximum earned: min(1, rate ÷ threshold)' })
  share: number | null;

  @ApiProperty({ type: Number, nullable: true })
  points: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null: not in our sources' })
  maxPoints: number | null;
}

/** QĐ 766 group 4 (digitisation): 4.1 electronic results, 4.2 digitised dossiers, 4.3 reused documents. */
export class DigitisationIndicatorResponse extends ThresholdIndicatorResponse {
  @ApiProperty({ description: 'What is counted' })
  definition: string;

  @ApiProperty({ type: [String], description: 'Codes of the dossiers behind the numerator' })
  dossiers: string[];
}

export class IndicatorsResponse {
  @ApiProperty({ name: '1.4', type: () => ThresholdIndicatorResponse, description: 'Dossiers received in the period whose record the national portal (DVCQG) accepted; 6 points at 100%' })
  '1.4': ThresholdIndicatorResponse;

  @ApiProperty({ name: '2.1', type: () => OnTimeIndicatorResponse })
  '2.1': OnTimeIndicatorResponse;

  @ApiProperty({ name: '2.2', type: () => ProcessingTimeIndicatorResponse })
  '2.2': ProcessingTimeIndicatorResponse;

  @ApiProperty({ name: '3.3', type: () => ThresholdIndicatorResponse, description: 'Share of dossiers received online' })
  '3.3': ThresholdIndicatorResponse;

  @ApiProperty({ name: '5.4', type: () => ThresholdIndicatorResponse, nullable: true, description: 'Satisfaction; null when no rating was given in the period' })
  '5.4': ThresholdIndicatorResponse | null;

  @ApiProperty({ name: '4.1', type: () => DigitisationIndicatorResponse, description: 'Resolved dossiers with a signed electronic result' })
  '4.1': DigitisationIndicatorResponse;

  @ApiProperty({ name: '4.2', type: () => DigitisationIndicatorResponse, description: 'Received dossiers with digitised documents' })
  '4.2': DigitisationIndicatorResponse;

  @ApiProperty({ name: '4.3', type: () => DigitisationIndicatorResponse, description: 'Documents reused from earlier dossiers, of all documents stored' })
  '4.3': DigitisationIndicatorResponse;

  @ApiProperty({ name: '4.4', type: () => DigitisationIndicatorResponse, description: 'Received dossiers whose applicant data was checked against a shared national database (population database, business registry…)' })
  '4.4': DigitisationIndicatorResponse;
}

export class ParResultResponse {
  @ApiProperty({ enum: ['resolved', 'due_in_period', 'index766'] })
  definition: string;

  @ApiProperty({ type: Number, nullable: true })
  rate: number | null;

  @ApiProperty({ type: Number, nullable: true })
  score: number | null;

  @ApiProperty()
  maxScore: number;

  @ApiProperty({ type: () => RubricRefResponse })
  rubric: RubricRefResponse;

  @ApiProperty({ type: () => ExampleScoreResponse, nullable: true, description: "Without a configured rubric: the example rubric's figure, labelled as an example (score is then null)" })
  exampleScore: ExampleScoreResponse | null;
}

/** GET /api/v1/index-export: the payload for the index scorer (QĐ 766 and PAR INDEX). */
export class IndexExportResponse {
  @ApiProperty({ type: () => ReportAgencyResponse })
  agency: ReportAgencyResponse;

  @ApiProperty({ type: () => ReportPeriodResponse })
  period: ReportPeriodResponse;

  @ApiProperty({ format: 'date-time', example: '2026-11-01T08:00:00+07:00' })
  generatedAt: string;

  @ApiProperty({ type: () => IndicatorsResponse })
  indicators: IndicatorsResponse;

  @ApiProperty({ type: () => ParResultResponse })
  par: ParResultResponse;
}
