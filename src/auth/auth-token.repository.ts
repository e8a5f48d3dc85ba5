import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { AuthTokenEntity } from './auth-token.entity';
import type { Role } from './user.entity';

const AUTHENTICATE_SQL = `
  SELECT u.id, u.username, u.full_name, u.roles, u.agency_code, u.unit_name, visible_agencies(u.agency_code) AS visible
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
}

/** Bearer tokens (stored as their SHA-256) of staff sessions. */
@Injectable()
export class AuthTokenRepository {
  constructor(private readonly tx: TransactionContext) {}

  /**
   * The active user behind an unexpired token, with the agencies it may see: one prepared
   * statement, since every staff request asks.
   */
  async authenticate(tokenHash: string, now: Date): Promise<AuthenticatedRow | null> {
    const rows = await this.tx.prepared<AuthenticatedRow>('authenticate_bearer_token', AUTHENTICATE_SQL, [tokenHash, now]);
    return rows[0] ?? null;
  }

  async insert(token: Pick<AuthTokenEntity, 'tokenHash' | 'userId' | 'expiresAt'>): Promise<void> {
    await this.tx.manager.insert(AuthTokenEntity, token);
  }

  async deleteByHash(tokenHash: string): Promise<void> {
    await this.tx.manager.delete(AuthTokenEntity, { tokenHash });
  }

  /** Ends every session of the user (or every one but `keepHash`, the caller's own). */
  async deleteOfUser(userId: string, keepHash?: string): Promise<void> {
    if (keepHash === undefined) await this.tx.manager.delete(AuthTokenEntity, { userId });
    else await this.tx.manager.query('DELETE FROM auth_tokens WHERE user_id = $1 AND token_hash <> $2', [userId, keepHash]);
  }

  /** Expired tokens and ended login-throttle windows. */
  async purgeExpired(now: Date): Promise<void> {
    await this.tx.manager.getRepository(AuthTokenEntity).createQueryBuilder().delete().where('expires_at <= :now', { now }).execute();
    await this.tx.manager.query('DELETE FROM throttle_counters WHERE window_ends_at <= $1', [now]);
  }
}
