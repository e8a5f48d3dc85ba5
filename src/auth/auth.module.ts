import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ReferenceCachesModule } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
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
import { AuthTokenRepository } from './auth-token.repository';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AuthTokenEntity]),
    CatalogueModule,
    ReferenceCachesModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, TransactionContext, Clock],
      useFactory: (config: AppConfig, tx: TransactionContext, clock: Clock) => ({ ...loginThrottlerOptions(config), storage: new PgThrottlerStorage(tx, clock) }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [UserRepository, AuthTokenRepository, AuthService, UserAdminService, LoginThrottlerGuard, LoginAttempts, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, UserRepository],
})
export class AuthModule {}
