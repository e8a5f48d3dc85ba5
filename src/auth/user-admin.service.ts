import { Injectable } from '@nestjs/common';
import { AgencyDirectory } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionContext } from '../database/transaction-context';
import { AuthTokenRepository } from './auth-token.repository';
import type { CreateUserDto } from './dto/user-admin.dto';
import { hashPassword, verifyPassword } from './password-hasher';
import type { StaffUser } from './staff-user';
import type { Role, UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

type AccountAction = 'created' | 'disabled' | 'enabled' | 'password_reset' | 'password_changed' | 'roles_changed';

/**
 * Staff accounts managed by administrators within their scope (their agency and the agencies under
 * it), each change written to the append-only user_account_events. Disabling an account or resetting
 * its password revokes its tokens, so re-enabling it revives none.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly users: UserRepository,
    private readonly tokens: AuthTokenRepository,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  list(admin: StaffUser): Promise<UserEntity[]> {
    return this.users.ofAgencies(admin.visibleAgencyCodes);
  }

  async create(admin: StaffUser, input: CreateUserDto): Promise<UserEntity> {
    if (!(await this.agencies.exists(input.agencyCode))) throw DomainError.invalid('agencyCode', 'unknown agency');
    if (!admin.visibleAgencyCodes.includes(input.agencyCode)) throw DomainError.forbidden(`Agency ${input.agencyCode} is outside your scope`);
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async () => {
      if (await this.users.existsByUsername(input.username)) throw DomainError.conflict(`User ${input.username} exists`);
      const user = await this.users.insert({
        username: input.username,
        passwordHash,
        fullName: input.fullName.normalize('NFC'),
        roles: input.roles,
        agencyCode: input.agencyCode,
        unitName: (input.unitName ?? '').normalize('NFC'),
      });
      await this.record(admin, user, 'created', { roles: input.roles, agencyCode: input.agencyCode });
      return user;
    });
  }

  setActive(admin: StaffUser, username: string, active: boolean): Promise<UserEntity> {
    return this.change(admin, username, async (user) => {
      if (!active && user.id === admin.id) throw DomainError.rule('An administrator cannot disable their own account');
      if (user.active === active) return user;
      await this.users.update(user.id, { active });
      if (!active) await this.tokens.deleteOfUser(user.id);
      await this.record(admin, user, active ? 'enabled' : 'disabled');
      return { ...user, active };
    });
  }

  async resetPassword(admin: StaffUser, username: string, newPassword: string): Promise<UserEntity> {
    const passwordHash = await hashPassword(newPassword);
    return this.change(admin, username, async (user) => {
      await this.users.update(user.id, { passwordHash });
      await this.tokens.deleteOfUser(user.id);
      await this.record(admin, user, 'password_reset');
      return user;
    });
  }

  setRoles(admin: StaffUser, username: string, roles: Role[]): Promise<UserEntity> {
    return this.change(admin, username, async (user) => {
      if (user.id === admin.id && !roles.includes('admin')) throw DomainError.rule('An administrator cannot take the admin role from themselves', 'roles');
      await this.users.update(user.id, { roles });
      await this.record(admin, user, 'roles_changed', { from: user.roles, to: roles });
      return { ...user, roles };
    });
  }

  /** The holder's own change: the current password is required; every other session of the account ends. */
  async changeOwnPassword(self: StaffUser, currentTokenHash: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.getById(self.id);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw DomainError.invalid('currentPassword', 'does not match the current password');
    const passwordHash = await hashPassword(newPassword);
    await this.tx.run(async () => {
      await this.users.update(user.id, { passwordHash });
      await this.tokens.deleteOfUser(user.id, currentTokenHash);
      await this.record(self, user, 'password_changed');
    });
  }

  private change(admin: StaffUser, username: string, work: (user: UserEntity) => Promise<UserEntity>): Promise<UserEntity> {
    return this.tx.run(async () => {
      const user = await this.users.lockByUsername(username);
      if (!user || !admin.visibleAgencyCodes.includes(user.agencyCode)) throw DomainError.notFound(`User ${username}`);
      return work(user);
    });
  }

  private record(actor: StaffUser, user: UserEntity, action: AccountAction, details: object = {}): Promise<void> {
    return this.users.recordAccountEvent({ at: this.clock.now(), actor, user, action, details });
  }
}
