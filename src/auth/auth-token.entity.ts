import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A bearer token, stored only as its SHA-256 so a database dump does not leak sessions. */
@Entity('auth_tokens')
export class AuthTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
