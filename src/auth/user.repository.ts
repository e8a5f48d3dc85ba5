import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ReferenceCaches } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
import { UserEntity } from './user.entity';

/** Staff accounts, their bearer tokens and the account audit trail (user_account_events). */
@Injectable()
export class UserRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly caches: ReferenceCaches,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.tx.manager.findOneBy(UserEntity, { id });
  }

  /** An account known to exist (the caller is signed in with it). */
  getById(id: string): Promise<UserEntity> {
    return this.tx.manager.findOneByOrFail(UserEntity, { id });
  }

  /** An account known to exist (demo and set-up tools). */
  getByUsername(username: string): Promise<UserEntity> {
    return this.tx.manager.findOneByOrFail(UserEntity, { username });
  }

  /** The password hashes of the active accounts among `usernames`. */
  activePasswordHashes(usernames: string[]): Promise<{ username: string; password_hash: string }[]> {
    return this.tx.manager.query('SELECT username, password_hash FROM users WHERE active AND username = ANY($1)', [usernames]);
  }

  findActiveById(id: string): Promise<UserEntity | null> {
    return this.tx.manager.findOneBy(UserEntity, { id, active: true });
  }

  findActiveByUsername(username: string): Promise<UserEntity | null> {
    return this.tx.manager.findOneBy(UserEntity, { username, active: true });
  }

  /** Locked FOR UPDATE until the transaction ends. */
  lockByUsername(username: string): Promise<UserEntity | null> {
    return this.tx.manager.findOne(UserEntity, { where: { username }, lock: { mode: 'pessimistic_write' } });
  }

  existsByUsername(username: string): Promise<boolean> {
    return this.tx.manager.existsBy(UserEntity, { username });
  }

  ofAgencies(agencyCodes: string[]): Promise<UserEntity[]> {
    return this.tx.manager.find(UserEntity, { where: { agencyCode: In(agencyCodes) }, order: { agencyCode: 'ASC', username: 'ASC' } });
  }

  async insert(fields: Pick<UserEntity, 'username' | 'passwordHash' | 'fullName' | 'roles' | 'agencyCode' | 'unitName'>): Promise<UserEntity> {
    return this.tx.manager.save(this.tx.manager.create(UserEntity, fields));
  }

  async update(id: string, patch: Partial<Pick<UserEntity, 'active' | 'passwordHash' | 'roles'>>): Promise<void> {
    await this.tx.manager.update(UserEntity, { id }, patch);
    this.caches.written('users'); // bearer tokens remember their user's roles and state
  }

  async recordAccountEvent(event: { at: Date; actor: { id: string; username: string }; user: { id: string; username: string }; action: string; details: object }): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO user_account_events (occurred_at, actor_id, actor_username, user_id, username, action, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.at, event.actor.id, event.actor.username, event.user.id, event.user.username, event.action, JSON.stringify(event.details)],
    );
  }
}
