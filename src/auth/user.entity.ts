import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['counter', 'officer', 'head', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  /** The officer's department within the agency (e.g. "Công chức Tư pháp - Hộ tịch"). */
  @Column({ name: 'unit_name', type: 'text', default: '' })
  unitName: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
