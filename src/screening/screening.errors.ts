import { DomainError } from '../common/errors/domain-error';

export class FamilyLevelTakenTwiceError extends DomainError {
  constructor(family: string, level: string, profileIds: string[]) {
    super(
      'FAMILY_LEVEL_AMBIGUOUS',
      'conflict',
      `The family ${family} has more than one active profile at level ${level} (${profileIds.join(', ')}); ` +
        'archive one or give it another level',
    );
  }
}
