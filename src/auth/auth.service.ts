import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AgencyDirectory } from '../catalogue/agency-directory';
import { AuthTokenEntity } from './auth-token.entity';
import { hashPassword, verifyPassword } from './password-hasher';
import { StaffUser } from './staff-user';
import { Role, UserEntity } from './user.entity';

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
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthTokenEntity) private readonly tokens: Repository<AuthTokenEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.users.findOneBy({ username, active: true });
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new DomainError('UNAUTHENTICATED', INVALID_LOGIN);
    }
    const accessToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.tokenTtlMinutes * 60_000);
    await this.tokens.insert({ tokenHash: sha256(accessToken), userId: user.id, expiresAt });
    return {
      accessToken,
      user: { username: user.username, fullName: user.fullName, roles: user.roles, agencyCode: user.agencyCode },
    };
  }

  async logout(token: string): Promise<void> {
    await this.tokens.delete({ tokenHash: sha256(token) });
  }

  /** The staff user behind a bearer token, or null when the token is unknown or expired. */
  async authenticate(token: string): Promise<StaffUser | null> {
    const found = await this.tokens.findOneBy({ tokenHash: sha256(token), expiresAt: MoreThan(this.clock.now()) });
    if (!found) return null;
    const user = await this.users.findOneBy({ id: found.userId, active: true });
    if (!user) return null;
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      roles: user.roles,
      agencyCode: user.agencyCode,
      unitName: user.unitName,
      visibleAgencyCodes: await this.agencies.visibleFrom(user.agencyCode),
    };
  }

  async createUser(input: NewUser): Promise<UserEntity> {
    if (input.password.length < 8) throw DomainError.invalid('password', 'must be at least 8 characters');
    if (!(await this.agencies.exists(input.agencyCode))) throw DomainError.invalid('agencyCode', 'unknown agency');
    if (await this.users.existsBy({ username: input.username })) throw DomainError.conflict(`User ${input.username} exists`);
    const entity = this.users.create({
      username: input.username,
      passwordHash: await hashPassword(input.password),
      fullName: input.fullName,
      roles: input.roles,
      agencyCode: input.agencyCode,
      unitName: input.unitName ?? '',
    });
    return this.users.save(entity);
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
