import { CreateUsers1795407811486 } from './1795407811486-CreateUsers';

/** Every migration, oldest first. A test checks that no file is missing here. */
export const migrations = [CreateUsers1795407811486];
