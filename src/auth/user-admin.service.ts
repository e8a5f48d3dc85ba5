import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyDirectory } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AuthTokenEntity } from './auth-token.entity';
import type { CreateUserDto } from './dto/user-admin.dto';
import { hashPassword, verifyPassword } from './password-hasher';
import type { StaffUser } from './staff-user';
import { Role, UserEntity } from './user.entity';

type AccountAction = 'created' | 'disabled' | 'enabled' | 'password_reset' | 'password_changed' | 'roles_changed';

/**
 * Staff accounts managed by administrators within their scope (their agency and the agencies under
 * it), each change written to the append-only user_account_events. Disabling an account or resetting
 * its password revokes its tokens, so re-enabling it revives none.
 */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  list(admin: StaffUser): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({ where: { agencyCode: In(admin.visibleAgencyCodes) }, order: { agencyCode: 'ASC', username: 'ASC' } });
  }

  async create(admin: StaffUser, input: CreateUserDto): Promise<UserEntity> {
    if (!(await this.agencies.exists(input.agencyCode))) throw DomainError.invalid('agencyCode', 'unknown agency');
    if (!admin.visibleAgencyCodes.includes(input.agencyCode)) throw DomainError.forbidden(`Agency ${input.agencyCode} is outside your scope`);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { username: input.username })) throw DomainError.conflict(`User ${input.username} exists`);
      const user = manager.create(UserEntity, {
        username: input.username,
        passwordHash,
        fullName: input.fullName.normalize('NFC'),
        roles: input.roles,
        agencyCode: input.agencyCode,
        unitName: (input.unitName ?? '').normalize('NFC'),
      });
      await manager.save(user);
      await this.record(manager, admin, user, 'created', { roles: input.roles, agencyCode: input.agencyCode });
      return user;
    });
  }

  setActive(admin: StaffUser, username: string, active: boolean): Promise<UserEntity> {
    return this.change(admin, username, async (manager, user) => {
      if (!active && user.id === admin.id) throw DomainError.rule('An administrator cannot disable their own account');
      if (user.active === active) return user;
      await manager.update(UserEntity, { id: user.id }, { active });
      if (!active) await manager.delete(AuthTokenEntity, { userId: user.id });
      await this.record(manager, admin, user, active ? 'enabled' : 'disabled');
      return { ...user, active };
    });
  }

  async resetPassword(admin: StaffUser, username: string, newPassword: string): Promise<UserEntity> {
    const passwordHash = await hashPassword(newPassword);
    return this.change(admin, username, async (manager, user) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await manager.delete(AuthTokenEntity, { userId: user.id });
      await this.record(manager, admin, user, 'password_reset');
      return user;
    });
  }

  setRoles(admin: StaffUser, username: string, roles: Role[]): Promise<UserEntity> {
    return this.change(admin, username, async (manager, user) => {
      if (user.id === admin.id && !roles.includes('admin')) throw DomainError.rule('An administrator cannot take the admin role from themselves', 'roles');
      await manager.update(UserEntity, { id: user.id }, { roles });
      await this.record(manager, admin, user, 'roles_changed', { from: user.roles, to: roles });
      return { ...user, roles };
    });
  }

  /** The holder's own change: the current password is required; every other session of the account ends. */
  async changeOwnPassword(self: StaffUser, currentTokenHash: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: self.id });
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw DomainError.invalid('currentPassword', 'does not match the current password');
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await manager.query('DELETE FROM auth_tokens WHERE user_id = $1 AND token_hash <> $2', [user.id, currentTokenHash]);
      await this.record(manager, self, user, 'password_changed');
    });
  }

  private change(admin: StaffUser, username: string, work: (manager: EntityManager, user: UserEntity) => Promise<UserEntity>): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { username }, lock: { mode: 'pessimistic_write' } });
      if (!user || !admin.visibleAgencyCodes.includes(user.agencyCode)) throw DomainError.notFound(`User ${username}`);
      return work(manager, user);
    });
  }

  private async record(manager: EntityManager, actor: StaffUser, user: UserEntity, action: AccountAction, details: object = {}): Promise<void> {
    await manager.query(
      `INSERT INTO user_account_events (occurred_at, actor_id, actor_username, user_id, username, action, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [this.clock.now(), actor.id, actor.username, user.id, user.username, action, JSON.stringify(details)],
    );
  }
}
