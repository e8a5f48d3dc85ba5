import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../user.entity';

export class StaffAccountResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'chuyenvien' })
  username: string;

  @ApiProperty({ example: 'Lê Văn Minh' })
  fullName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['officer'] })
  roles: Role[];

  @ApiProperty({ example: '000.17.22.H56' })
  agencyCode: string;

  @ApiProperty({ example: 'Công chức Tư pháp - Hộ tịch' })
  unitName: string;

  @ApiProperty({ description: 'A disabled account cannot log in and its tokens were revoked' })
  active: boolean;
}
