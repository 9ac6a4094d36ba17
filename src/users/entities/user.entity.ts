import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { Role } from '../../common/auth/role';
import { UserRole } from './user-role.entity';

export type Language = 'nl' | 'et' | 'en';
export const LANGUAGES: Language[] = ['nl', 'et', 'en'];

@Entity('users')
export class User {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_users' })
  id: string;

  /** Stored lower-cased, so look-ups and the unique index ignore case. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Raised whenever earlier tokens must stop working (deactivation, password reset). */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  /** The language of mails and pages for this user. */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @Column({ name: 'last_login_at', type: columnTypes.timestamp, nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'deactivated_at', type: columnTypes.timestamp, nullable: true })
  deactivatedAt: Date | null;

  @OneToMany(() => UserRole, (role) => role.user, { cascade: true })
  roleRows: UserRole[];

  get roles(): Role[] {
    return (this.roleRows ?? []).map((row) => row.role).sort();
  }

  hasRole(...roles: Role[]): boolean {
    return this.roles.some((role) => roles.includes(role));
  }
}
