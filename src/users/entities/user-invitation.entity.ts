import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { User } from './user.entity';

/**
 * An invitation to set one's first password. The link's token is known here
 * only by its SHA-256, so a copy of the database opens no account.
 */
@Entity('user_invitations')
export class UserInvitation {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_user_invitations',
  })
  id: string;

  @Index('IDX_user_invitations_user_id')
  @Column({ name: 'user_id', type: columnTypes.id, length: columnTypes.idLength })
  userId: string;

  @Index('UQ_user_invitations_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'expires_at', type: columnTypes.timestamp })
  expiresAt: Date;

  /** Set once the password was chosen: the link works once. */
  @Column({ name: 'used_at', type: columnTypes.timestamp, nullable: true })
  usedAt: Date | null;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_invitations_user' })
  user?: User;
}
