import { ApiProperty } from '@nestjs/swagger';
import { ApologyResponse, EventResponse, StepResponse, SubmittedDocumentResponse, SupplementRequestResponse } from './dossier-parts.response';
import { DossierSummaryResponse } from './dossier-summary.response';
import { DvcqgSyncResponse } from '../../dvcqg/dto/outbox.response';

/** GET /api/v1/dossiers/{code} (dossierDetailView). */
export class DossierDetailResponse extends DossierSummaryResponse {
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
