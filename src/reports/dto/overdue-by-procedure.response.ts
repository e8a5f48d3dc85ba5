import { ApiProperty } from '@nestjs/swagger';
import { ReportAgencyResponse } from './processing-report.response';

export class OpenCountsResponse {
  @ApiProperty({ type: 'integer', description: 'Open dossiers' })
  pending: number;

  @ApiProperty({ type: 'integer', description: 'Past the current appointment' })
  overdue: number;

  @ApiProperty({ type: 'integer', description: 'Past the original appointment (apologies ignored)' })
  lateAgainstOriginal: number;
}

export class FieldRefResponse {
  @ApiProperty({ example: 'HOTICH' })
  code: string;

  @ApiProperty({ example: 'Hộ tịch' })
  name: string;
}

export class ProcedureOpenCountsResponse extends OpenCountsResponse {
  @ApiProperty({ example: '1.004873' })
  procedureCode: string;

  @ApiProperty({ example: 'Cấp Giấy xác nhận tình trạng hôn nhân' })
  procedureName: string;

  @ApiProperty({ type: () => FieldRefResponse, nullable: true })
  field: FieldRefResponse | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Earliest appointment among the overdue ones; null when none is' })
  oldestDueAt: string | null;
}

/** GET /api/v1/reports/overdue-by-procedure. */
export class OverdueByProcedureResponse {
  @ApiProperty({ type: () => ReportAgencyResponse })
  agency: ReportAgencyResponse;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T09:00:00+07:00' })
  at: string;

  @ApiProperty({ type: () => OpenCountsResponse })
  total: OpenCountsResponse;

  @ApiProperty({ type: () => [ProcedureOpenCountsResponse], description: 'Most overdue first' })
  items: ProcedureOpenCountsResponse[];
}
