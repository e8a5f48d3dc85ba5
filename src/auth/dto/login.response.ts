import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../user.entity';

export class LoginUserResponse {
  @ApiProperty({ example: 'tiepnhan' })
  username: string;

  @ApiProperty({ example: 'Nguyễn Thị Thu Hà' })
  fullName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['counter'] })
  roles: Role[];

  @ApiProperty({ example: '000.17.22.H56', description: "The user's agency; staff see its dossiers (a province also its communes')" })
  agencyCode: string;
}

export class LoginResponse {
  @ApiProperty({ example: 'x3k9QHf0uY2lW7cZbVn5aR1sT8pE4mJ6dK0gL2hN9oA', description: 'Bearer token (TOKEN_TTL_MINUTES) for `Authorization: Bearer <token>`' })
  accessToken: string;

  @ApiProperty({ type: () => LoginUserResponse })
  user: LoginUserResponse;
}
