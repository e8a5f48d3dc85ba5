import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../common/openapi';
import { AuthService, LoginResult } from './auth.service';
import { bearerToken } from './auth.guard';
import { Public } from './auth.decorators';
import { LoginDto } from './dto/login.dto';
import { LoginResponse } from './dto/login.response';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with a staff username and password; returns a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(400, [401, 'Wrong username or password'])
  login(@Body() body: LoginDto): Promise<LoginResult> {
    return this.auth.login(body.username, body.password);
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
