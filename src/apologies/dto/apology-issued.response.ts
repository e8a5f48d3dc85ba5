import { ApiProperty } from '@nestjs/swagger';
import { ApologyResponse, DossierSummaryResponse } from '../../dossiers';

/** POST …/apologies: the apology, the dossier with its new appointment, and form 04. */
export class ApologyIssuedResponse extends ApologyResponse {
  @ApiProperty({ type: () => DossierSummaryResponse, description: 'dueAt is now newDueAt; originalDueAt is unchanged' })
  dossier: DossierSummaryResponse;

  @ApiProperty({ format: 'uri', example: 'http://localhost:3000/api/v1/dossiers/000.17.22.H56-261123-0001/apology.pdf' })
  pdfUrl: string;
}
