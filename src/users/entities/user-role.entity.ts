import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { Role } from '../../common/auth/role';
import type { User } from './user.entity';

@Entity('user_roles')
export class UserRole {
  @PrimaryColumn({
    name: 'user_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_user_roles',
  })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'PK_user_roles' })
  role: Role;

  @ManyToOne('User', (user: User) => user.roleRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_roles_user' })
  user: User;
}
