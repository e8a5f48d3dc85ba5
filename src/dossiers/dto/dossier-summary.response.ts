import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../common/openapi';

export const STATUS_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export const STATUS_CODES_MEANING =
  'DOMAIN.md §5: 1 registered, 2 received, 3 refused, 4 processing, 5 supplement requested, 6 payment requested, 7 withdrawn, 8 stopped, 9 resolved, 10 returned';
const INSTANT = { type: String, format: 'date-time', example: '2026-11-26T10:00:00.000Z' } as const;

/** The applicant as registered; staff see every field, the public look-up never does. */
export class DossierApplicantResponse {
  @ApiProperty({ enum: ['person', 'organisation'], description: 'organisation when idNumber is a tax code' })
  kind: 'person' | 'organisation';

  @ApiProperty({ example: 'Nguyễn Thị Hồng Nhung' })
  fullName: string;

  @ApiProperty({ example: '038190012345' })
  idNumber: string;

  @ApiProperty({ example: '0912345678' })
  phone: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  email: string | null;

  @ApiProperty({ example: '5 Lê Lai, phường Hạc Thành' })
  address: string;
}

/** dossierSummaryView: a dossier without its control slip, audit trail and documents. */
export class DossierSummaryResponse {
  @ApiProperty({ example: '000.17.22.H56-261123-0001', description: 'Receiving agency, date received (YYMMDD) and sequence' })
  code: string;

  @ApiProperty({ example: 'Được tiếp nhận', description: 'Vietnamese label of statusCode' })
  status: string;

  @ApiProperty({ type: 'integer', enum: STATUS_CODES, example: 2, description: STATUS_CODES_MEANING })
  statusCode: number;

  @ApiProperty({ example: '1.004873' })
  procedureCode: string;

  @ApiProperty({ type: 'integer', example: 1 })
  procedureVersion: number;

  @ApiProperty({ example: '000.17.22.H56' })
  receivingAgencyCode: string;

  @ApiProperty({ example: '000.17.22.H56' })
  resolvingAgencyCode: string;

  @ApiProperty({ enum: ['direct', 'online', 'postal'] })
  channel: 'direct' | 'online' | 'postal';

  @ApiProperty({ type: () => DossierApplicantResponse })
  applicant: DossierApplicantResponse;

  @ApiProperty({ ...INSTANT, example: '2026-11-23T02:15:00.000Z' })
  receivedAt: string;

  @ApiProperty({ ...INSTANT, description: 'The current appointment (moved by an apology)' })
  dueAt: string;

  @ApiProperty({ ...INSTANT, description: 'The appointment of the processing clock, ignoring any apology: the reference for on-time classes' })
  originalDueAt: string;

  @ApiProperty({ description: 'The due date crosses a year whose days off are not confirmed' })
  provisional: boolean;

  @ApiProperty({ ...INSTANT, nullable: true, example: null })
  resolvedAt: string | null;

  @ApiProperty({ ...INSTANT, nullable: true, example: null })
  returnedAt: string | null;

  @ApiProperty({ ...INSTANT, nullable: true, example: null, description: 'When processing ended without a result (refused, withdrawn, stopped)' })
  endedAt: string | null;

  @ApiProperty({ type: String, enum: ['approved', 'rejected'], nullable: true, example: null })
  outcome: 'approved' | 'rejected' | null;
}

export class DossierListResponse extends PageResponse {
  @ApiProperty({ type: () => [DossierSummaryResponse] })
  items: DossierSummaryResponse[];
}
