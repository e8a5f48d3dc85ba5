import { ApiProperty } from '@nestjs/swagger';

/** A message to the applicant in the outbox (notificationView). */
export class NotificationResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: ['appointment_moved', 'result_ready', 'supplement_needed'] })
  kind: string;

  @ApiProperty({ enum: ['email', 'sms'] })
  channel: string;

  @ApiProperty({ example: '0912345678', description: 'Phone number or e-mail address' })
  recipient: string;

  @ApiProperty({ type: String, nullable: true, description: 'E-mail subject; null for SMS' })
  subject: string | null;

  @ApiProperty()
  body: string;

  @ApiProperty({ enum: ['pending', 'sent'] })
  status: string;

  @ApiProperty({ type: 'integer', description: 'Delivery attempts so far' })
  attempts: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Next attempt while pending; null once sent' })
  nextAttemptAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Error of the last failed attempt' })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class DispatchFailureResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: ['email', 'sms'] })
  channel: string;

  @ApiProperty()
  error: string;

  @ApiProperty({ format: 'date-time', description: 'When it is tried again (exponential back-off)' })
  nextAttemptAt: string;
}

/** POST /api/v1/notifications/dispatch. */
export class DispatchResultResponse {
  @ApiProperty({ type: 'integer', description: 'Messages queued from new audit events in this run' })
  collected: number;

  @ApiProperty({ type: 'integer' })
  attempted: number;

  @ApiProperty({ type: 'integer' })
  sent: number;

  @ApiProperty({ type: () => [DispatchFailureResponse] })
  failed: DispatchFailureResponse[];
}
