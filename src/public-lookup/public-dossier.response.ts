import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI description of the public look-up's answer (the body is built by publicApiBody). */
export class PublicTimelineEntryResponse {
  @ApiProperty({ format: 'date-time', example: '2026-11-23T02:15:00.000Z' })
  at: string;

  @ApiProperty({ example: 'Hồ sơ đã được tiếp nhận' })
  label: string;

  @ApiProperty({ type: [String], example: ['Tại Trung tâm Phục vụ hành chính công phường Hạc Thành'] })
  details: string[];
}

export class PublicCollectResponse {
  @ApiProperty({ type: [String], description: 'What to bring to collect the result' })
  bring: string[];

  @ApiProperty({ example: 'Miễn lệ phí' })
  fee: string;

  @ApiProperty({ example: 'Nhận kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích' })
  resultDelivery: string;
}

export class PublicResultResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Giấy xác nhận tình trạng hôn nhân' })
  title: string;

  @ApiProperty({ example: '/api/v1/public/dossiers/000.17.22.H56-261123-0001/results/0f0e….pdf?t=…', description: 'Download path, with the token' })
  url: string;
}

export class PublicDossierResponse {
  @ApiProperty({ example: '000.17.22.H56-261123-0001' })
  code: string;

  @ApiProperty({ example: 'Cấp Giấy xác nhận tình trạng hôn nhân' })
  procedureName: string;

  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], example: 2, description: 'DOMAIN.md §5 status code' })
  statusCode: number;

  @ApiProperty({ example: 'Được tiếp nhận' })
  statusLabel: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T02:15:00.000Z' })
  receivedAt: string;

  @ApiProperty({ format: 'date-time', description: 'The current appointment (moved by an apology)' })
  dueAt: string;

  @ApiProperty({ format: 'date-time', description: 'The appointment before any apology' })
  originalDueAt: string;

  @ApiProperty({ type: [PublicTimelineEntryResponse], description: 'Oldest first' })
  timeline: PublicTimelineEntryResponse[];

  @ApiProperty({ example: 'Nguyễn T. H. N.', description: 'Masked: family name and initials only' })
  applicantName: string;

  @ApiProperty({ example: 'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.' })
  statusNote: string;

  @ApiProperty({ description: 'The due date crosses a year whose days off are not confirmed' })
  provisional: boolean;

  @ApiProperty({ type: [String], description: 'Documents to supplement (status 5)' })
  missingItems: string[];

  @ApiProperty({ type: PublicCollectResponse, nullable: true, description: 'What to bring and how the result is delivered, while a result is still to be collected' })
  collect: PublicCollectResponse | null;

  @ApiPropertyOptional({ type: [PublicResultResponse], description: 'Signed electronic results: only with the QR token, never with phone4' })
  results?: PublicResultResponse[];
}
