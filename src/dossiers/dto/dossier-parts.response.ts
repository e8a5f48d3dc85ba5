import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const INSTANT = { type: String, format: 'date-time' } as const;
const STEP_CLASS = { type: String, enum: ['early', 'on_time', 'late'], nullable: true } as const;

/** A row of the control slip (stepView). */
export class StepResponse {
  @ApiProperty({ type: 'integer', example: 1, description: '1, 2, … in hand-off order' })
  position: number;

  @ApiProperty({ example: 'Bộ phận Một cửa' })
  fromUnit: string;

  @ApiProperty({ type: String, nullable: true, example: 'Nguyễn Thị Thu Hà' })
  fromOfficer: string | null;

  @ApiProperty({ example: 'Công chức Tư pháp - Hộ tịch' })
  toUnit: string;

  @ApiProperty({ type: String, nullable: true, example: 'Lê Văn Minh' })
  toOfficer: string | null;

  @ApiProperty(INSTANT)
  handedAt: string;

  @ApiProperty({ ...INSTANT, description: "When the receiver's work starts counting (the cut-off may push it to the next morning)" })
  startsAt: string;

  @ApiProperty({ ...INSTANT, description: "The step's deadline" })
  deadlineAt: string;

  @ApiProperty({ ...INSTANT, nullable: true, description: 'Set when the step is handed on or the dossier ends' })
  finishedAt: string | null;

  @ApiProperty({ ...STEP_CLASS, description: "Class of this row's step, set when it is finished" })
  result: 'early' | 'on_time' | 'late' | null;

  @ApiProperty({ ...STEP_CLASS, description: "Class of the giver's step that ended with this hand-off, as the receiver records it" })
  handoverResult: 'early' | 'on_time' | 'late' | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;
}

/** A line of the append-only audit trail (eventView). */
export class EventResponse {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;

  @ApiProperty({
    example: 'received',
    description:
      'received, handoff, supplement_requested, supplement_received, clock_paused, clock_resumed, apology, due_date_changed, resolved, returned, stopped, withdrawn, refused',
  })
  type: string;

  @ApiProperty({ ...INSTANT, description: 'When it happened (earlier than recordedAt for back-filled paper dossiers)' })
  occurredAt: string;

  @ApiProperty(INSTANT)
  recordedAt: string;

  @ApiProperty({ example: 'Nguyễn Thị Thu Hà', description: "The staff member's name, or the service" })
  actor: string;

  @ApiProperty({ type: 'integer', nullable: true, example: null })
  fromStatus: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 2 })
  toStatus: number | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's own facts (e.g. dueAt, reason)" })
  data: Record<string, unknown>;
}

export class SupplementItemResponse {
  @ApiProperty({ example: 'Giấy xác nhận nơi cư trú' })
  name: string;

  @ApiPropertyOptional({ enum: ['original', 'certified_copy', 'copy'] })
  kind?: 'original' | 'certified_copy' | 'copy';
}

/** A request to supplement the dossier, form 02 (supplementRequestView). */
export class SupplementRequestResponse {
  @ApiProperty({ type: 'integer', example: 1, description: 'The n of /supplement-requests/{n}.pdf' })
  number: number;

  @ApiProperty({ type: () => [SupplementItemResponse] })
  items: SupplementItemResponse[];

  @ApiProperty({ example: 'Thiếu giấy xác nhận nơi cư trú' })
  reason: string;

  @ApiProperty(INSTANT)
  requestedAt: string;

  @ApiProperty({ example: 'Lê Văn Minh' })
  requestedBy: string;

  @ApiProperty({ ...INSTANT, nullable: true, description: 'When the supplement arrived; null while waiting' })
  receivedAt: string | null;

  @ApiProperty({
    enum: ['after_window', 'after_due'],
    nullable: true,
    description: "Set when the request did not move the deadline (the agency's late request): after the procedure's window, or when the dossier was already late; null for a request within the rules",
  })
  lateReason: 'after_window' | 'after_due' | null;
}

/** The apology and new appointment, form 04 (apologyView). */
export class ApologyResponse {
  @ApiProperty({ example: 'Cần xác minh thông tin cư trú' })
  reason: string;

  @ApiProperty({ ...INSTANT, description: 'The appointment before the apology' })
  previousDueAt: string;

  @ApiProperty({ ...INSTANT, description: 'The new appointment' })
  newDueAt: string;

  @ApiProperty({ example: 'Trần Quốc Hưng' })
  signerName: string;

  @ApiProperty(INSTANT)
  issuedAt: string;

  @ApiProperty({ description: 'Issued less than one working day before the due instant, or after it' })
  late: boolean;
}

export class SubmittedDocumentResponse {
  @ApiProperty({ example: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' })
  name: string;

  @ApiProperty({ type: 'integer', example: 1 })
  copies: number;
}
