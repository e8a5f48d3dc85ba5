import { ApiProperty } from '@nestjs/swagger';
import { ApologyResponse, EventResponse, StepResponse, SubmittedDocumentResponse, SupplementRequestResponse } from './dossier-parts.response';
import { DossierSummaryResponse } from './dossier-summary.response';
import { DvcqgSyncResponse } from '../../dvcqg';

export class AgencyRefResponse {
  @ApiProperty({ example: '000.20.22.H56' })
  code: string;

  @ApiProperty({ example: 'Ủy ban nhân dân phường Hạc Thành' })
  name: string;
}

export class RegisterEntryResponse {
  @ApiProperty({ type: 'integer', example: 2026 })
  year: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Book (quyển số) of the year' })
  book: number;

  @ApiProperty({ type: 'integer', example: 15, description: 'Entry number in the book, assigned at receipt, never renumbered' })
  entry: number;
}

export class IssuedDocumentResponse {
  @ApiProperty({ enum: ['receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'withdrawal_notice'] })
  form: string;

  @ApiProperty({ example: '15/PXL', description: 'Printed after "Số:": running number per issuing body and calendar year, then the symbol' })
  number: string;

  @ApiProperty({ example: '000.20.22.H56', description: 'The issuing body' })
  issuerCode: string;

  @ApiProperty({ type: String, format: 'date-time' })
  issuedAt: string;
}

/** GET /api/v1/dossiers/{code} (dossierDetailView). */
export class DossierDetailResponse extends DossierSummaryResponse {
  @ApiProperty({ type: () => AgencyRefResponse, description: 'The centre that received the dossier' })
  receivingAgency: AgencyRefResponse;

  @ApiProperty({ type: () => AgencyRefResponse, description: "The authority that decides (e.g. the commune People's Committee, not the centre)" })
  resolvingAgency: AgencyRefResponse;

  @ApiProperty({ type: () => RegisterEntryResponse, description: 'Entry in the tracking register (form 07)' })
  register: RegisterEntryResponse;

  @ApiProperty({ type: () => [IssuedDocumentResponse], description: 'Documents issued for the dossier, oldest first' })
  issuedDocuments: IssuedDocumentResponse[];

  @ApiProperty({ example: 'Cấp Giấy xác nhận tình trạng hôn nhân' })
  procedureName: string;

  @ApiProperty({ example: 'ND118-2025', description: 'The rule set in force at receipt' })
  ruleVersion: string;

  @ApiProperty({ type: () => [SubmittedDocumentResponse] })
  documents: SubmittedDocumentResponse[];

  @ApiProperty({ type: 'integer', example: 1 })
  setsCount: number;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why processing ended without a result (stop, withdrawal, refusal)' })
  endReason: string | null;

  @ApiProperty({ type: String, enum: ['counter', 'postal', 'online'], nullable: true })
  returnMethod: 'counter' | 'postal' | 'online' | null;

  @ApiProperty({ format: 'uri', example: 'http://localhost:3000/tra-cuu/000.17.22.H56-261123-0001?t=E0aGVh34i2bWSKCsVEnKQg', description: "The URL of the slip's QR code" })
  trackingUrl: string;

  @ApiProperty({ type: () => [StepResponse], description: 'The control slip, in order' })
  steps: StepResponse[];

  @ApiProperty({ type: () => [EventResponse], description: 'The audit trail, oldest first' })
  events: EventResponse[];

  @ApiProperty({ type: () => [SupplementRequestResponse] })
  supplementRequests: SupplementRequestResponse[];

  @ApiProperty({ type: () => ApologyResponse, nullable: true })
  apology: ApologyResponse | null;

  @ApiProperty({ type: () => DvcqgSyncResponse, description: 'Delivery of this dossier to the national portal (DVCQG)' })
  dvcqgSync: DvcqgSyncResponse;
}
