import { ApiProperty } from '@nestjs/swagger';
import { SHARED_DATA_OUTCOMES, SHARED_DATA_SOURCES } from '../../domain/digitisation';

export class SharedDataCheckResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SHARED_DATA_SOURCES })
  source: string;

  @ApiProperty({ enum: SHARED_DATA_OUTCOMES })
  outcome: string;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiProperty({ format: 'date-time' })
  checkedAt: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  checkedByName: string;
}
