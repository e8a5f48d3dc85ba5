import { Body, Controller, HttpCode, Post, Req, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import type { FastifyRequest as Request } from 'fastify';
import { ApiErrors } from '../common/openapi';
import { AuthService, LoginResult } from './auth.service';
import { bearerToken } from './auth.guard';
import { CurrentUser, Public } from './auth.decorators';
import { ChangePasswordDto } from './dto/user-admin.dto';
import type { StaffUser } from './staff-user';
import { UserAdminService } from './user-admin.service';
import { LoginDto } from './dto/login.dto';
import { LoginResponse } from './dto/login.response';
import { LoginAttempts } from './login-attempts';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserAdminService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  @UseInterceptors(LoginAttempts)
  @ApiOperation({ summary: 'Log in with a staff username and password; returns a bearer token. Failed attempts are throttled per account and per client (429 with Retry-After).' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(400, [401, 'Wrong username or password'], [429, 'Too many failed attempts for this account or client; Retry-After says when to try again'])
  login(@Body() body: LoginDto): Promise<LoginResult> {
    return this.auth.login(body.username, body.password);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Changes your own password (the current one is required); your other sessions end' })
  @ApiNoContentResponse({ description: 'Changed; this token keeps working' })
  @ApiErrors(400, 401)
  async changePassword(@Body() body: ChangePasswordDto, @CurrentUser() user: StaffUser, @Req() request: Request): Promise<void> {
    const token = bearerToken(request.headers.authorization) ?? '';
    await this.users.changeOwnPassword(user, createHash('sha256').update(token).digest('hex'), body.currentPassword, body.newPassword);
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the bearer token of this request' })
  @ApiNoContentResponse({ description: 'The token no longer works' })
  @ApiErrors(401)
  async logout(@Req() request: Request): Promise<void> {
    const token = bearerToken(request.headers.authorization);
    if (token) await this.auth.logout(token);
  }
}
