import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../user.entity';

const PASSWORD_RULE = 'at least 8 characters';

export class RolesDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['officer'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles: Role[];
}

export class CreateUserDto extends RolesDto {
  @ApiProperty({ example: 'chuyenvien3', maxLength: 50, description: 'Lowercase letters, digits, dot, dash, underscore' })
  @Matches(/^[a-z0-9._-]{3,50}$/, { message: 'username must be 3–50 lowercase letters, digits, dots, dashes or underscores' })
  username: string;

  @ApiProperty({ example: 'Lê Thị Mai', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  fullName: string;

  @ApiProperty({ example: '000.17.22.H56', maxLength: 50, description: "The account's agency: the admin's own or one under it" })
  @IsString()
  @MaxLength(50)
  agencyCode: string;

  @ApiPropertyOptional({ example: 'Công chức Tư pháp - Hộ tịch', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unitName?: string;

  @ApiProperty({ format: 'password', minLength: 8, maxLength: 200, description: 'Initial password, to be changed by its holder' })
  @IsString()
  @MinLength(8, { message: `password must be ${PASSWORD_RULE}` })
  @MaxLength(200)
  password: string;
}

export class ResetPasswordDto {
  @ApiProperty({ format: 'password', minLength: 8, maxLength: 200 })
  @IsString()
  @MinLength(8, { message: `newPassword must be ${PASSWORD_RULE}` })
  @MaxLength(200)
  newPassword: string;
}

export class ChangePasswordDto extends ResetPasswordDto {
  @ApiProperty({ format: 'password', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;
}
