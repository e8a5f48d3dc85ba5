import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../common/openapi';

/** A warning the lateness job raised: once per subject, kind and deadline (warningView). */
export class WarningResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: ['dossier', 'step'], description: 'A dossier deadline, or a control-slip step deadline' })
  subject: string;

  @ApiProperty({ enum: ['due_soon', 'overdue'] })
  kind: string;

  @ApiProperty({ type: String, nullable: true, example: '000.17.22.H56-261123-0001' })
  dossierCode: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The step position for a step warning' })
  stepPosition: number | null;

  @ApiProperty({ format: 'date-time' })
  deadlineAt: string;

  @ApiProperty({ example: '000.17.22.H56', description: 'The resolving agency' })
  agencyCode: string;

  @ApiProperty({ type: String, nullable: true, description: 'The officer the step is assigned to' })
  recipientName: string | null;

  @ApiProperty()
  message: string;

  @ApiProperty({ format: 'date-time' })
  raisedAt: string;
}

export class WarningPageResponse extends PageResponse {
  @ApiProperty({ type: () => [WarningResponse] })
  items: WarningResponse[];
}

export class RaisedWarningResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: ['dossier', 'step'] })
  subject: string;

  @ApiProperty({ enum: ['due_soon', 'overdue'] })
  kind: string;

  @ApiProperty({ example: '000.17.22.H56-261123-0001' })
  dossierCode: string;

  @ApiProperty({ type: 'integer', nullable: true })
  stepPosition: number | null;

  @ApiProperty({ format: 'date-time' })
  deadlineAt: string;

  @ApiProperty()
  message: string;
}

/** POST /api/v1/work/lateness-scan. */
export class ScanResultResponse {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: [String], description: 'Agencies at work at that instant: only their dossiers and steps were looked at' })
  agencies: string[];

  @ApiProperty({ type: String, enum: ['outside_working_time'], nullable: true, description: 'Set when no agency was at work' })
  skipped: string | null;

  @ApiProperty({ type: () => [RaisedWarningResponse], description: 'Warnings this run raised' })
  raised: RaisedWarningResponse[];
}
