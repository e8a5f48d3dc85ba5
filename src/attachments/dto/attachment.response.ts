import { ApiProperty } from '@nestjs/swagger';

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' })
  name: string;

  @ApiProperty({ example: 'TP1', description: 'The document’s code in the procedure’s list (MaThanhPhanHoSo)' })
  documentCode: string;

  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] })
  mediaType: string;

  @ApiProperty({ example: 182044 })
  size: number;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256: string;

  @ApiProperty({ description: 'Taken by reference from an earlier dossier of the same applicant' })
  reused: boolean;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  reuseOf: string | null;

  @ApiProperty({ description: 'Scanned from paper at the counter' })
  digitised: boolean;

  @ApiProperty({ enum: ['original', 'certified_copy', 'copy'] })
  kind: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '/api/v1/dossiers/000.17.22.H56-261123-0001/attachments/0f0e…', description: 'Download path' })
  url: string;
}

export class ReusableDocumentResponse {
  @ApiProperty({ format: 'uuid', description: 'Send as reuseOf' })
  attachmentId: string;

  @ApiProperty({ example: '000.17.22.H56-261001-0004' })
  dossierCode: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] })
  mediaType: string;

  @ApiProperty()
  size: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ChecklistEntryResponse {
  @ApiProperty({ example: 'TP1' })
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  required: boolean;

  @ApiProperty({ enum: ['original', 'certified_copy', 'copy'] })
  kind: string;

  @ApiProperty({ type: [AttachmentResponse] })
  attachments: AttachmentResponse[];

  @ApiProperty({ type: [ReusableDocumentResponse], description: 'Files of the applicant’s earlier dossiers (same identifier number) within the caller’s agencies' })
  reusable: ReusableDocumentResponse[];
}
