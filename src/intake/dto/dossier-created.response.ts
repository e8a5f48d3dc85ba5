import { ApiProperty } from '@nestjs/swagger';
import { STATUS_CODES, STATUS_CODES_MEANING } from '../../dossiers';

/** POST /api/v1/dossiers: the registered dossier, as printed on the receipt slip. */
export class DossierCreatedResponse {
  @ApiProperty({ example: '000.17.22.H56-261123-0001' })
  code: string;

  @ApiProperty({ example: 'Được tiếp nhận', description: 'Vietnamese label of statusCode' })
  status: string;

  @ApiProperty({ type: 'integer', enum: STATUS_CODES, example: 2, description: STATUS_CODES_MEANING })
  statusCode: number;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T02:15:00.000Z' })
  receivedAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-26T10:00:00.000Z', description: 'The appointment to return the result' })
  dueAt: string;

  @ApiProperty({ description: 'The due date crosses a year whose days off are not confirmed' })
  provisional: boolean;

  @ApiProperty({
    format: 'uri',
    example: 'http://localhost:3000/tra-cuu/000.17.22.H56-261123-0001?t=E0aGVh34i2bWSKCsVEnKQg',
    description: "Absolute URL encoded in the slip's QR code",
  })
  trackingUrl: string;
}
