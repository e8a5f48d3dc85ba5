import { ApiProperty } from '@nestjs/swagger';
import { ON_TIME_DEFINITIONS } from '../../domain/reports';
import { ReportAgencyResponse, ReportPeriodResponse } from './processing-report.response';

const RATE = { type: Number, nullable: true, minimum: 0, maximum: 1, example: 0.9565, description: 'numerator ÷ denominator (0..1, 4 decimals); null when the denominator is 0' } as const;

export class RateFiguresResponse {
  @ApiProperty(RATE)
  rate: number | null;

  @ApiProperty({ type: 'integer', example: 22, description: 'Dossiers on time' })
  numerator: number;

  @ApiProperty({ type: 'integer', example: 23, description: 'Dossiers counted under the definition' })
  denominator: number;
}

export class RateResponse extends RateFiguresResponse {
  @ApiProperty({ enum: ON_TIME_DEFINITIONS })
  definition: string;
}

export class MonthRateResponse extends RateFiguresResponse {
  @ApiProperty({ example: '2026-10', description: 'YYYY-MM' })
  month: string;
}

/** GET /api/v1/reports/on-time-rate. */
export class OnTimeRateResponse extends RateResponse {
  @ApiProperty({ type: () => ReportAgencyResponse })
  agency: ReportAgencyResponse;

  @ApiProperty({ type: () => ReportPeriodResponse })
  period: ReportPeriodResponse;

  @ApiProperty({ type: () => [MonthRateResponse], description: 'The same definition month by month' })
  byMonth: MonthRateResponse[];

  @ApiProperty({ type: () => [RateResponse], description: 'The three definitions over the whole period, side by side' })
  definitions: RateResponse[];
}

export class RubricRefResponse {
  @ApiProperty({ example: 'default' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true, description: 'null: the default rubric' })
  provinceCode: string | null;

  @ApiProperty({ type: 'integer', example: 2026 })
  year: number;

  @ApiProperty({ description: 'True for the built-in illustrative rubric: its figure is an example, never a score' })
  example: boolean;
}

export class ExampleScoreResponse {
  @ApiProperty({ type: Number, nullable: true, example: 0.5 })
  score: number | null;

  @ApiProperty({ example: 1 })
  maxScore: number;

  @ApiProperty({ description: 'Says in Vietnamese that the figure is an example, not a PAR INDEX score' })
  label: string;
}

/** GET /api/v1/reports/par-score. */
export class ParScoreResponse extends RateResponse {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2,
    description: "Points of the rubric's highest band the rate reaches; null when the rate is null or no rubric is configured for the province and year",
  })
  score: number | null;

  @ApiProperty({ example: 2 })
  maxScore: number;

  @ApiProperty({ type: () => RubricRefResponse, description: 'The rubric that produced the score (or, with example: true, the example rubric)' })
  rubric: RubricRefResponse;

  @ApiProperty({ type: () => ExampleScoreResponse, nullable: true, description: "Without a configured rubric: the example rubric's figure, labelled as an example" })
  exampleScore: ExampleScoreResponse | null;
}
