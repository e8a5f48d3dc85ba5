import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { getStorageToken } from '@nestjs/throttler';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { catchError, mergeMap, Observable } from 'rxjs';
import { DomainError } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import { clientKey } from '../public-lookup';
import { PgThrottlerStorage } from '../security';
import type { PendingThrottle } from './login-throttler.guard';

interface LoginRequest {
  ip?: string;
  body?: { username?: unknown };
  pendingThrottles?: PendingThrottle[];
}

/** Throttler settings of the login: failed attempts per account and per client within one window. */
export function loginThrottlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const ttl = (config.loginWindowMinutes ?? 15) * 60_000;
  return {
    errorMessage: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau',
    throttlers: [
      { name: 'account', ttl, limit: config.loginMaxFailures ?? 10, getTracker: (req: LoginRequest) => `account:${accountOf(req)}` },
      { name: 'client', ttl, limit: config.loginClientMaxFailures ?? 30, getTracker: (req: LoginRequest) => `client:${clientKey(req.ip)}` },
    ],
  };
}

function accountOf(req: LoginRequest): string {
  const username = req.body?.username;
  return typeof username === 'string' ? username.trim().toLowerCase() : '';
}

/**
 * Counts a failed login (wrong user name or password) against the keys LoginThrottlerGuard left on
 * the request; a successful one clears the account's failures (not the client's, so one's own
 * account cannot launder guesses at others).
 */
@Injectable()
export class LoginAttempts implements NestInterceptor {
  constructor(@Inject(getStorageToken()) private readonly storage: PgThrottlerStorage) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const pending = context.switchToHttp().getRequest<LoginRequest>().pendingThrottles ?? [];
    return next.handle().pipe(
      mergeMap(async (result) => {
        for (const p of pending) if (p.name === 'account') await this.storage.reset(p.key);
        return result;
      }),
      catchError(async (error) => {
        if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
          for (const p of pending) await this.storage.increment(p.key, p.ttl, p.limit, p.blockDuration);
        }
        throw error;
      }),
    );
  }
}
