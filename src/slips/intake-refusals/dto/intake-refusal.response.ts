import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const PDF_URL = { format: 'uri', example: 'http://localhost:3000/api/v1/intake-refusals/5b0c1a52-3f5e-4d8e-9a51-0d1c2b3a4f5e.pdf' } as const;

/** POST /api/v1/intake-refusals: the stored refusal and its slip (form 03). */
export class IntakeRefusalCreatedResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Sequence number of refusals at the agency' })
  number: number;

  @ApiProperty(PDF_URL)
  pdfUrl: string;
}

/** The applicant as typed at the counter, kept so the slip reprints identically. */
export class RefusedApplicantResponse {
  @ApiProperty({ enum: ['person', 'organisation'] })
  kind: 'person' | 'organisation';

  @ApiProperty({ example: 'Nguyễn Thị Hồng Nhung' })
  fullName: string;

  @ApiProperty({ example: '038190012345' })
  idNumber: string;

  @ApiProperty({ example: '0912345678' })
  phone: string;

  @ApiPropertyOptional({ format: 'email' })
  email?: string;

  @ApiProperty({ example: '5 Lê Lai, phường Hạc Thành' })
  address: string;
}

/** GET /api/v1/intake-refusals/{id}. */
export class IntakeRefusalResponse extends IntakeRefusalCreatedResponse {
  @ApiProperty({ example: '000.17.22.H56' })
  agencyCode: string;

  @ApiProperty({ type: String, nullable: true, example: '1.004873' })
  procedureCode: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Cấp Giấy xác nhận tình trạng hôn nhân' })
  procedureName: string | null;

  @ApiProperty({ type: () => RefusedApplicantResponse })
  applicant: RefusedApplicantResponse;

  @ApiProperty({ type: [String], example: ['Thủ tục thuộc thẩm quyền của UBND xã nơi người yêu cầu thường trú.'] })
  reasons: string[];

  @ApiProperty({ format: 'date-time' })
  refusedAt: string;

  @ApiProperty({ example: 'Nguyễn Thị Thu Hà' })
  refusedByName: string;
}
