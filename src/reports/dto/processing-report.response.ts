import { ApiProperty } from '@nestjs/swagger';

const COUNT = { type: 'integer', example: 0 } as const;

export class ReceivedCounts {
  @ApiProperty({ ...COUNT, description: 'Received in the period plus carried over' })
  total: number;

  @ApiProperty({ ...COUNT, description: 'Received online in the period' })
  online: number;

  @ApiProperty({ ...COUNT, description: 'Received at the counter or by post in the period' })
  directOrPostal: number;

  @ApiProperty({ ...COUNT, description: 'Pending from before the period' })
  carriedOver: number;
}

export class ResolvedCounts {
  @ApiProperty(COUNT)
  total: number;

  @ApiProperty(COUNT)
  early: number;

  @ApiProperty(COUNT)
  onTime: number;

  @ApiProperty(COUNT)
  late: number;

  @ApiProperty({ ...COUNT, description: 'Of the total: refusals after appraisal (a result, classed like a resolution)' })
  refused: number;
}

export class PendingCounts {
  @ApiProperty(COUNT)
  total: number;

  @ApiProperty(COUNT)
  onTime: number;

  @ApiProperty(COUNT)
  late: number;
}

export class EndedUnresolvedCounts {
  @ApiProperty(COUNT)
  total: number;

  @ApiProperty(COUNT)
  withdrawn: number;

  @ApiProperty(COUNT)
  stopped: number;

  @ApiProperty({ ...COUNT, description: 'Of the total: ended after the due instant, so late in every on-time rate' })
  late: number;
}

/** One line of Biểu 06: a field or procedure with the form's figures. */
export class ProcessingRowResponse {
  @ApiProperty({ type: String, nullable: true, example: 'HOTICH', description: 'Field or procedure code; null on the totals row' })
  code: string | null;

  @ApiProperty({ example: 'Hộ tịch' })
  name: string;

  @ApiProperty({ type: () => ReceivedCounts })
  received: ReceivedCounts;

  @ApiProperty({ type: () => ResolvedCounts, description: 'Ended in the period with a result (resolved, or refused after appraisal), classed against the original appointment' })
  resolved: ResolvedCounts;

  @ApiProperty({ type: () => PendingCounts, description: 'Still pending at the period end, judged then (or now, for a period still running)' })
  pending: PendingCounts;

  @ApiProperty({ type: () => EndedUnresolvedCounts, description: 'Withdrawn or stopped in the period (ended without a result), in their own columns so every row balances: received = resolved + pending + endedUnresolved' })
  endedUnresolved: EndedUnresolvedCounts;
}

export class ReportAgencyResponse {
  @ApiProperty({ example: '000.17.22.H56' })
  code: string;

  @ApiProperty({ example: 'Trung tâm Phục vụ hành chính công phường Hạc Thành' })
  name: string;
}

export class ProcessingAgencyResponse extends ReportAgencyResponse {
  @ApiProperty({ example: 'UBND PHƯỜNG HẠC THÀNH' })
  governingBody: string;

  @ApiProperty({ example: 'Hạc Thành' })
  placeName: string;
}

export class ReportPeriodResponse {
  @ApiProperty({ format: 'date', example: '2026-10-01' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-10-31', description: 'Included' })
  to: string;
}

/** GET /api/v1/reports/processing?format=json (Biểu 06). */
export class ProcessingReportResponse {
  @ApiProperty({ type: () => ProcessingAgencyResponse })
  agency: ProcessingAgencyResponse;

  @ApiProperty({ type: () => ReportPeriodResponse })
  period: ReportPeriodResponse;

  @ApiProperty({ enum: ['field', 'procedure'] })
  groupBy: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-01T08:00:00+07:00' })
  generatedAt: string;

  @ApiProperty({ enum: ['original'], description: 'Classes are taken against the original appointment (apologies ignored)' })
  dueDate: string;

  @ApiProperty({ type: () => [ProcessingRowResponse] })
  rows: ProcessingRowResponse[];

  @ApiProperty({ type: () => ProcessingRowResponse, description: 'The totals row (code null, name "Tổng cộng")' })
  totals: ProcessingRowResponse;
}
