import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { RoleProfile } from './role-profile.entity';

/** One version of a profile's criteria; frozen once it has scored anyone. */
@Entity('role_profile_versions')
@Index('UQ_role_profile_versions_version', ['profileId', 'version'], { unique: true })
export class RoleProfileVersion {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_role_profile_versions',
  })
  id: string;

  @Column({ name: 'profile_id', type: columnTypes.id, length: columnTypes.idLength })
  profileId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: columnTypes.json })
  criteria: object;

  /** When this version first scored an applicant; from then on it never changes. */
  @Column({ name: 'used_at', type: columnTypes.timestamp, nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @ManyToOne('RoleProfile', (profile: RoleProfile) => profile.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'FK_role_profile_versions_profile' })
  profile: RoleProfile;
}
