import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { Language } from '../../users/entities/user.entity';
import { RoleProfileVersion } from './role-profile-version.entity';

export type RoleProfileStatus = 'active' | 'archived';

@Entity('role_profiles')
@Index('IDX_role_profiles_family', ['family', 'level'])
export class RoleProfile {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_role_profiles' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Profiles of one family (Accountmanager A, B, C) are fitted together. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  family: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  level: string | null;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: RoleProfileStatus;

  /** Set on the built-in templates only; recruiters work on copies. */
  @Index('UQ_role_profiles_template_key', { unique: true })
  @Column({ name: 'template_key', type: 'varchar', length: 60, nullable: true })
  templateKey: string | null;

  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion: number;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @OneToMany(() => RoleProfileVersion, (version) => version.profile)
  versions: RoleProfileVersion[];
}
