import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Language, LANGUAGES } from '../../users/entities/user.entity';

export type Messages = Record<string, string>;

/**
 * Every word a person reads on a page, per language, from
 * templates/pages/i18n/<language>/*.json: flat keys ("signIn.title") to texts
 * with {name} placeholders. A language's words are kept in one file per area
 * of the product (common, dashboard, board…); a key lives in one file only.
 */
export class Catalogue {
  constructor(private readonly messages: Record<Language, Messages>) {}

  static load(folder: string): Catalogue {
    const read = (language: Language): Messages => {
      const messages: Messages = {};
      const files = readdirSync(join(folder, language))
        .filter((name) => name.endsWith('.json'))
        .sort();
      for (const file of files) {
        const part = JSON.parse(readFileSync(join(folder, language, file), 'utf8')) as Messages;
        for (const [key, text] of Object.entries(part)) {
          if (Object.hasOwn(messages, key)) throw new Error(`Catalogue key ${key} is in two files of ${language}`);
          messages[key] = text;
        }
      }
      return messages;
    };
    return new Catalogue(Object.fromEntries(LANGUAGES.map((language) => [language, read(language)])) as never);
  }

  has(key: string, language: Language = 'en'): boolean {
    return Object.hasOwn(this.messages[language], key);
  }

  keys(language: Language): string[] {
    return Object.keys(this.messages[language]);
  }

  /**
   * The text of a key with its placeholders filled in. A missing key shows
   * itself, so a gap is visible on the page (and the catalogue test fails).
   */
  text(language: Language, key: string, values: Record<string, unknown> = {}): string {
    const template = this.messages[language][key] ?? this.messages.en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  }
}
