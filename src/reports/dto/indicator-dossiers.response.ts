import { ApiProperty } from '@nestjs/swagger';
import { ReportAgencyResponse, ReportPeriodResponse } from './processing-report.response';

export class IndicatorDossierResponse {
  @ApiProperty({ example: '000.17.22.H56-261123-0001' })
  code: string;
  @ApiProperty({ example: '1.004873' })
  procedureCode: string;
  @ApiProperty({ type: 'integer', example: 9 })
  statusCode: number;
  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
  @ApiProperty({ format: 'date-time', description: 'The original appointment (the reference for on-time classes)' })
  dueAt: string;
  @ApiProperty({ description: 'Counted in the numerator; every listed dossier is in the denominator' })
  inNumerator: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Giải quyết quá hạn', description: 'Why it is not in the numerator (what lost the points)' })
  reason: string | null;
}

/** GET /api/v1/index-export/{indicator}/dossiers. */
export class IndicatorDossiersResponse {
  @ApiProperty({ enum: ['1.4', '2.1', '3.3', '5.4'] })
  indicator: string;
  @ApiProperty({ type: () => ReportAgencyResponse })
  agency: ReportAgencyResponse;
  @ApiProperty({ type: () => ReportPeriodResponse })
  period: ReportPeriodResponse;
  @ApiProperty({ type: 'integer' })
  numerator: number;
  @ApiProperty({ type: 'integer' })
  denominator: number;
  @ApiProperty({ type: Number, nullable: true, description: 'numerator ÷ denominator; null when nothing is counted' })
  rate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null when the maximum is not in our sources (3.3, 5.4)' })
  points: number | null;
  @ApiProperty({ type: Number, nullable: true })
  maxPoints: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'maxPoints − points' })
  pointsLost: number | null;
  @ApiProperty({ type: () => [IndicatorDossierResponse], description: 'Those not in the numerator first' })
  dossiers: IndicatorDossierResponse[];
}
