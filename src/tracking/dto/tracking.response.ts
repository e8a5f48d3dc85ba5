import { ApiProperty } from '@nestjs/swagger';
import { StepResponse, SupplementRequestResponse } from '../../dossiers/dto/dossier-parts.response';
import { DossierSummaryResponse } from '../../dossiers/dto/dossier-summary.response';

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
