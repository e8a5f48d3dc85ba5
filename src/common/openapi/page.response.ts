import { ApiProperty } from '@nestjs/swagger';

/** The paging fields every list answer carries beside its `items`. */
export class PageResponse {
  @ApiProperty({ type: 'integer', description: 'Items matching the filter, all pages' })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page: number;

  @ApiProperty({ type: 'integer', example: 20 })
  pageSize: number;
}
