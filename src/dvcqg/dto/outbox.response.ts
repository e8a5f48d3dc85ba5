import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../common/openapi';

export class DvcqgSyncResponse {
  @ApiProperty({ enum: ['pending', 'synced', 'refused', 'off'], description: 'off: sync is not configured (DVCQG_URL_ADD)' })
  state: string;
  @ApiProperty({ type: 'integer', description: 'Delivery attempts of the latest change' })
  attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The portal's message of a refusal, or the last transient error" })
  lastError: string | null;
}

export class OutboxDepthResponse {
  @ApiProperty({ description: 'Sync configured (DVCQG_URL_ADD set)' })
  enabled: boolean;
  @ApiProperty({ type: 'integer' })
  pending: number;
  @ApiProperty({ type: 'integer' })
  refused: number;
  @ApiProperty({ type: 'integer', description: 'Age of the oldest pending change, seconds' })
  oldestPendingSeconds: number;
}

export class OutboxItemResponse {
  @ApiProperty({ example: '000.17.22.H56-261204-0001' })
  dossierCode: string;
  @ApiProperty({ enum: ['pending', 'synced', 'refused'] })
  state: string;
  @ApiProperty({ type: 'integer' })
  attempts: number;
  @ApiProperty({ format: 'date-time', description: 'When the change not yet delivered was made' })
  dirtySince: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;
}

export class OutboxListResponse extends PageResponse {
  @ApiProperty({ type: OutboxDepthResponse })
  summary: OutboxDepthResponse;
  @ApiProperty({ type: [OutboxItemResponse] })
  items: OutboxItemResponse[];
}

export class RequeuedResponse {
  @ApiProperty({ type: 'integer', description: 'Dossiers queued for delivery' })
  queued: number;
}

export class DrainResponse {
  @ApiProperty({ type: 'integer' })
  claimed: number;
  @ApiProperty({ type: 'integer' })
  synced: number;
  @ApiProperty({ type: 'integer' })
  refused: number;
  @ApiProperty({ type: 'integer' })
  transient: number;
}
