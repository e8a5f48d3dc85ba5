import { Injectable } from '@nestjs/common';
import { ReferenceCache, ReferenceCaches } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
import { AuthTokenEntity } from './auth-token.entity';
import type { Role } from './user.entity';

const AUTHENTICATE_SQL = `
  SELECT u.id, u.username, u.full_name, u.roles, u.agency_code, u.unit_name, visible_agencies(u.agency_code) AS visible, t.expires_at
    FROM auth_tokens t
    JOIN users u ON u.id = t.user_id AND u.active
   WHERE t.token_hash = $1 AND t.expires_at > $2`;

export interface AuthenticatedRow {
  id: string;
  username: string;
  full_name: string;
  roles: Role[];
  agency_code: string;
  unit_name: string;
  visible: string[] | null;
  expires_at: Date;
}

/** What a token's answer depends on: its row, its user's, and the agency tree (visible_agencies). */
const TOKEN_TABLES = ['auth_tokens', 'users', 'agencies'];

/** Bearer tokens (stored as their SHA-256) of staff sessions. */
@Injectable()
export class AuthTokenRepository {
  private readonly authenticated: ReferenceCache<AuthenticatedRow>;

  constructor(
    private readonly tx: TransactionContext,
    private readonly caches: ReferenceCaches,
  ) {
    this.authenticated = caches.create(TOKEN_TABLES);
  }

  /**
   * The active user behind an unexpired token, with the agencies it may see: every staff request
   * asks, so a token once found is kept in memory (ReferenceCache: a logout, a disabled account or
   * a role change anywhere drops it) and its expiry checked against `now` on each request.
   */
  async authenticate(tokenHash: string, now: Date): Promise<AuthenticatedRow | null> {
    const row = await this.authenticated.get(tokenHash, async () => {
      const rows = await this.tx.prepared<AuthenticatedRow>('authenticate_bearer_token', AUTHENTICATE_SQL, [tokenHash, now]);
      return rows[0] ?? null;
    });
    return row && row.expires_at.getTime() > now.getTime() ? row : null;
  }

  async insert(token: Pick<AuthTokenEntity, 'tokenHash' | 'userId' | 'expiresAt'>): Promise<void> {
    await this.tx.manager.insert(AuthTokenEntity, token);
  }

  async deleteByHash(tokenHash: string): Promise<void> {
    await this.tx.manager.delete(AuthTokenEntity, { tokenHash });
    this.caches.written('auth_tokens');
  }

  /** Ends every session of the user (or every one but `keepHash`, the caller's own). */
  async deleteOfUser(userId: string, keepHash?: string): Promise<void> {
    if (keepHash === undefined) await this.tx.manager.delete(AuthTokenEntity, { userId });
    else await this.tx.manager.query('DELETE FROM auth_tokens WHERE user_id = $1 AND token_hash <> $2', [userId, keepHash]);
    this.caches.written('auth_tokens');
  }

  /** Expired tokens and ended login-throttle windows. */
  async purgeExpired(now: Date): Promise<void> {
    await this.tx.manager.getRepository(AuthTokenEntity).createQueryBuilder().delete().where('expires_at <= :now', { now }).execute();
    await this.tx.manager.query('DELETE FROM throttle_counters WHERE window_ends_at <= $1', [now]);
    this.caches.written('auth_tokens');
  }
}
