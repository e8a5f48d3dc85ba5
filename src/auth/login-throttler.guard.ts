import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerRequest } from '@nestjs/throttler';
import { PgThrottlerStorage } from '../security';

export interface PendingThrottle {
  key: string;
  name: string;
  limit: number;
  ttl: number;
  blockDuration: number;
}

/**
 * The login's throttlers count failed attempts, not requests: this guard only refuses (429 with
 * Retry-After) a key that already has too many failures and leaves the keys on the request, and
 * LoginAttempts counts a failure after the password check. So a malformed request writes nothing
 * and a colleague's successful logins from the same office do not use up its allowance.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { context, limit, ttl, throttler, blockDuration, getTracker, generateKey } = props;
    const { req, res } = this.getRequestResponse(context);
    const tracker = await getTracker(req, context);
    const name = throttler.name ?? 'default';
    const key = generateKey(context, tracker, name);
    (req.pendingThrottles ??= []).push({ key, name, limit, ttl, blockDuration } satisfies PendingThrottle);
    const state = await (this.storageService as PgThrottlerStorage).current(key, limit);
    if (state.isBlocked) {
      this.setResponseHeader(res, 'Retry-After', state.timeToBlockExpire);
      await this.throwThrottlingException(context, { ...state, limit, ttl, key, tracker });
    }
    return true;
  }
}
