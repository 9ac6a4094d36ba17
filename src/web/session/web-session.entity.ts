import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { User } from '../../users/entities/user.entity';

/** A browser signed in to the pages; the cookie's token is known only by its SHA-256 (the id). */
@Entity('web_sessions')
export class WebSession {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_web_sessions' })
  id: string;

  @Index('IDX_web_sessions_user_id')
  @Column({ name: 'user_id', type: columnTypes.id, length: columnTypes.idLength })
  userId: string;

  /** The user's token version at sign-in: a later deactivation or password change ends the session. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  /** Moved forward as the session is used (sliding expiry). */
  @Index('IDX_web_sessions_expires_at')
  @Column({ name: 'expires_at', type: columnTypes.timestamp })
  expiresAt: Date;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_web_sessions_user' })
  user?: User;
}
