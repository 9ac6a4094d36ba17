import { IsIn } from 'class-validator';
import { Language, LANGUAGES } from '../../users/entities/user.entity';

/** What a person may change of their own account on the settings page: nothing an admin decides. */
export class OwnSettingsForm {
  @IsIn(LANGUAGES)
  language: Language;
}
