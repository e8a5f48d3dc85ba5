import { ApiProperty } from '@nestjs/swagger';

export class ProcedureFieldResponse {
  @ApiProperty({ example: 'HOTICH' })
  code: string;

  @ApiProperty({ example: 'Hộ tịch' })
  name: string;
}

export class ProcedureDurationResponse {
  @ApiProperty({ example: 3, description: 'Amount in unit (0 for same_day)' })
  value: number;

  @ApiProperty({ enum: ['working_days', 'working_hours', 'calendar_days', 'same_day'] })
  unit: string;

  @ApiProperty({ enum: ['working_time', 'end_of_day'] })
  mode: string;
}

export class ProcedureDocumentResponse {
  @ApiProperty({ example: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' })
  name: string;

  @ApiProperty()
  required: boolean;

  @ApiProperty({ type: String, enum: ['original', 'certified_copy', 'copy'], nullable: true })
  kind: string | null;

  @ApiProperty({ type: 'integer', example: 1 })
  copies: number;
}

export class ProcessStepResponse {
  @ApiProperty({ example: 'Thẩm định hồ sơ' })
  name: string;

  @ApiProperty({ example: 'Công chức Tư pháp - Hộ tịch' })
  unit: string;

  @ApiProperty({ example: 8, description: 'Working hours allowed for the step' })
  workingHours: number;
}

export class ProcedureResolverResponse {
  @ApiProperty({ enum: ['service_centre', 'people_committee', 'department', 'unit'], description: 'The kind of body that decides' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: "A named body; null: the receiving commune's own body of that kind" })
  agencyCode: string | null;
}

/** A procedure version in force today (procedureView). */
export class ProcedureResponse {
  @ApiProperty({ example: '1.004873' })
  code: string;

  @ApiProperty({ example: 'Cấp Giấy xác nhận tình trạng hôn nhân' })
  name: string;

  @ApiProperty({ type: 'integer', example: 1 })
  version: number;

  @ApiProperty({ format: 'date', example: '2025-07-01' })
  effectiveFrom: string;

  @ApiProperty({ type: () => ProcedureFieldResponse })
  field: ProcedureFieldResponse;

  @ApiProperty({ type: () => ProcedureDurationResponse })
  duration: ProcedureDurationResponse;

  @ApiProperty({ enum: ['restart', 'pause'], description: 'What a supplement does to the clock' })
  supplementPolicy: string;

  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Working days after the day of receipt within which a supplement request restarts (or pauses) the clock; a later one is the agency’s late request and moves nothing',
  })
  supplementWindowDays: number;

  @ApiProperty({ type: () => [ProcedureDocumentResponse] })
  documents: ProcedureDocumentResponse[];

  @ApiProperty({ type: 'integer', example: 0, description: 'Fee in VND' })
  fee: number;

  @ApiProperty({ example: 'Miễn lệ phí' })
  feeText: string;

  @ApiProperty({ type: () => [ProcessStepResponse], description: 'Internal process steps (empty when not configured)' })
  processSteps: ProcessStepResponse[];

  @ApiProperty({ example: 'Nhận kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích' })
  resultDelivery: string;

  @ApiProperty({ type: () => ProcedureResolverResponse, description: 'Who decides the dossiers of this procedure (cơ quan giải quyết)' })
  resolvingAuthority: ProcedureResolverResponse;
}
