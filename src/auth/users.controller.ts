import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/openapi';
import { CurrentUser, Roles } from './auth.decorators';
import { CreateUserDto, ResetPasswordDto, RolesDto } from './dto/user-admin.dto';
import { StaffAccountResponse } from './dto/user.response';
import type { StaffUser } from './staff-user';
import { UserAdminService } from './user-admin.service';
import type { UserEntity } from './user.entity';

function accountView(user: UserEntity): StaffAccountResponse {
  return { id: user.id, username: user.username, fullName: user.fullName, roles: user.roles, agencyCode: user.agencyCode, unitName: user.unitName, active: user.active };
}

const USERNAME = { name: 'username', example: 'chuyenvien' };

/** Staff accounts of the administrator's agency and the agencies under it; every change is audited. */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UserAdminService) {}

  @Get()
  @ApiOperation({ summary: "The staff accounts within the administrator's scope (admin)" })
  @ApiOkResponse({ type: [StaffAccountResponse] })
  @ApiErrors(401, 403)
  async list(@CurrentUser() admin: StaffUser) {
    return (await this.users.list(admin)).map(accountView);
  }

  @Post()
  @ApiOperation({ summary: "Creates a staff account in the administrator's agency or one under it (admin)" })
  @ApiCreatedResponse({ type: StaffAccountResponse })
  @ApiErrors(400, 401, [403, 'Not admin, or the agency is outside your scope'], [409, 'The user name is taken'])
  async create(@Body() body: CreateUserDto, @CurrentUser() admin: StaffUser) {
    return accountView(await this.users.create(admin, body));
  }

  @Post(':username/disable')
  @HttpCode(200)
  @ApiParam(USERNAME)
  @ApiOperation({ summary: 'Disables an account and revokes its tokens; enabling it again revives none (admin)' })
  @ApiOkResponse({ type: StaffAccountResponse })
  @ApiErrors(401, 403, [404, 'No such account within your scope'], [422, 'Your own account'])
  async disable(@Param('username') username: string, @CurrentUser() admin: StaffUser) {
    return accountView(await this.users.setActive(admin, username, false));
  }

  @Post(':username/enable')
  @HttpCode(200)
  @ApiParam(USERNAME)
  @ApiOperation({ summary: 'Enables a disabled account; its holder logs in again (admin)' })
  @ApiOkResponse({ type: StaffAccountResponse })
  @ApiErrors(401, 403, [404, 'No such account within your scope'])
  async enable(@Param('username') username: string, @CurrentUser() admin: StaffUser) {
    return accountView(await this.users.setActive(admin, username, true));
  }

  @Post(':username/password-reset')
  @HttpCode(200)
  @ApiParam(USERNAME)
  @ApiOperation({ summary: "Sets a new password and revokes the account's tokens (admin)" })
  @ApiOkResponse({ type: StaffAccountResponse })
  @ApiErrors(400, 401, 403, [404, 'No such account within your scope'])
  async resetPassword(@Param('username') username: string, @Body() body: ResetPasswordDto, @CurrentUser() admin: StaffUser) {
    return accountView(await this.users.resetPassword(admin, username, body.newPassword));
  }

  @Put(':username/roles')
  @ApiParam(USERNAME)
  @ApiOperation({ summary: "Replaces the account's roles (admin)" })
  @ApiOkResponse({ type: StaffAccountResponse })
  @ApiErrors(400, 401, 403, [404, 'No such account within your scope'], [422, 'Taking the admin role from yourself'])
  async setRoles(@Param('username') username: string, @Body() body: RolesDto, @CurrentUser() admin: StaffUser) {
    return accountView(await this.users.setRoles(admin, username, body.roles));
  }
}
