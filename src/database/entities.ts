import { User } from '../users/entities/user.entity';
import { UserRole } from '../users/entities/user-role.entity';

/** Every entity, listed once so the app, the CLI and the tests agree. */
export const entities = [User, UserRole];
