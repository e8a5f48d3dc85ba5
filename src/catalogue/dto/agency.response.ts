import { ApiProperty } from '@nestjs/swagger';

export class AgencyResponse {
  @ApiProperty({ example: '000.17.22.H56', description: 'QCVN 102:2016 identifier' })
  code: string;

  @ApiProperty({ example: 'Trung tâm Phục vụ hành chính công phường Hạc Thành' })
  name: string;

  @ApiProperty({ enum: ['province', 'commune'] })
  level: 'province' | 'commune';

  @ApiProperty({ type: String, nullable: true, example: '000.00.00.H56' })
  parentCode: string | null;

  @ApiProperty({
    enum: ['service_centre', 'people_committee', 'department', 'unit'],
    description: 'service_centre receives dossiers; people_committee, department and unit resolve them',
  })
  kind: 'service_centre' | 'people_committee' | 'department' | 'unit';
}
