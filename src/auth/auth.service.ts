import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AgencyDirectory } from '../catalogue';
import { AuthTokenRepository } from './auth-token.repository';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { StaffUser } from './staff-user';
import type { Role, UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

export interface LoginResult {
  accessToken: string;
  user: { username: string; fullName: string; roles: Role[]; agencyCode: string };
}

export interface NewUser {
  username: string;
  password: string;
  fullName: string;
  roles: Role[];
  agencyCode: string;
  unitName?: string;
}

const INVALID_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: AuthTokenRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.users.findActiveByUsername(username);
    // An unknown name is checked against a dummy hash: the answer takes as long as for a real one.
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !valid) throw new DomainError('UNAUTHENTICATED', INVALID_LOGIN);
    if (needsRehash(user.passwordHash)) await this.users.update(user.id, { passwordHash: await hashPassword(password) });
    await this.purgeExpiredTokens();
    const accessToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.tokenTtlMinutes * 60_000);
    await this.tokens.insert({ tokenHash: sha256(accessToken), userId: user.id, expiresAt });
    return {
      accessToken,
      user: { username: user.username, fullName: user.fullName, roles: user.roles, agencyCode: user.agencyCode },
    };
  }

  private lastPurge = 0;

  /** Expired tokens are useless but would pile up: logins sweep them, at most once a minute per instance. */
  async purgeExpiredTokens(): Promise<void> {
    const now = this.clock.now();
    if (Math.abs(now.getTime() - this.lastPurge) < 60_000) return;
    this.lastPurge = now.getTime();
    await this.tokens.purgeExpired(now);
  }

  async logout(token: string): Promise<void> {
    await this.tokens.deleteByHash(sha256(token));
  }

  /**
   * The staff user behind a bearer token, or null when the token is unknown or expired: token, user
   * and the agencies it may see (its own and, for a province, every agency under it) in one query,
   * since every staff request asks.
   */
  async authenticate(token: string): Promise<StaffUser | null> {
    const user = await this.tokens.authenticate(sha256(token), this.clock.now());
    if (!user) return null;
    return {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      roles: user.roles,
      agencyCode: user.agency_code,
      unitName: user.unit_name,
      visibleAgencyCodes: user.visible ?? [],
    };
  }

  async createUser(input: NewUser): Promise<UserEntity> {
    if (input.password.length < 8) throw DomainError.invalid('password', 'must be at least 8 characters');
    if (!(await this.agencies.exists(input.agencyCode))) throw DomainError.invalid('agencyCode', 'unknown agency');
    if (await this.users.existsByUsername(input.username)) throw DomainError.conflict(`User ${input.username} exists`);
    return this.users.insert({
      username: input.username,
      passwordHash: await hashPassword(input.password),
      fullName: input.fullName,
      roles: input.roles,
      agencyCode: input.agencyCode,
      unitName: input.unitName ?? '',
    });
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
