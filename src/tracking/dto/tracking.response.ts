import { ApiProperty } from '@nestjs/swagger';
import { StepResponse, SupplementRequestResponse, DossierSummaryResponse } from '../../dossiers';

/** POST …/handoffs: the new control-slip row, and the row it closed with its class. */
export class HandoffResponse extends StepResponse {
  @ApiProperty({ type: () => StepResponse, nullable: true, description: 'The row this hand-off finished, with its result (early | on_time | late)' })
  closedStep: StepResponse | null;
}

/** POST …/supplement-requests: the dossier (now status 5) and the request (form 02). */
export class SupplementRequestedResponse extends DossierSummaryResponse {
  @ApiProperty({ type: () => SupplementRequestResponse })
  supplementRequest: SupplementRequestResponse;
}

export class SupplementWarningResponse {
  @ApiProperty({ enum: ['second_request', 'after_window', 'after_due'] })
  code: string;

  @ApiProperty({ example: 'Hồ sơ đã có yêu cầu bổ sung: yêu cầu bổ sung lần thứ hai trở đi làm hồ sơ bị tính là quá hạn theo Quyết định 766/QĐ-TTg.' })
  message: string;
}

/** GET …/supplement-check: how a request made now would count (DOMAIN.md §4, limits of the restart). */
export class SupplementCheckResponse {
  @ApiProperty({ type: 'integer', example: 0, description: 'Supplement requests already made' })
  requestsSoFar: number;

  @ApiProperty({ type: 'string', format: 'date-time', description: "End of the procedure's window for requests that move the deadline (close of business)" })
  windowEndsAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', description: 'The deadline in force now' })
  dueAt: string;

  @ApiProperty({ description: 'True when a request now stops the clock and its receipt restarts (or resumes) it' })
  movesDeadline: boolean;

  @ApiProperty({ enum: ['after_window', 'after_due'], nullable: true })
  lateReason: string | null;

  @ApiProperty({ type: () => [SupplementWarningResponse] })
  warnings: SupplementWarningResponse[];
}
