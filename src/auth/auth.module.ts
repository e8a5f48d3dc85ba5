import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PgThrottlerStorage } from '../security';
import { LoginAttempts, loginThrottlerOptions } from './login-attempts';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { UserAdminService } from './user-admin.service';
import { UsersController } from './users.controller';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthTokenEntity } from './auth-token.entity';
import { UserEntity } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AuthTokenEntity]),
    CatalogueModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, getDataSourceToken(), Clock],
      useFactory: (config: AppConfig, db: DataSource, clock: Clock) => ({ ...loginThrottlerOptions(config), storage: new PgThrottlerStorage(db, clock) }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [AuthService, UserAdminService, LoginThrottlerGuard, LoginAttempts, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
