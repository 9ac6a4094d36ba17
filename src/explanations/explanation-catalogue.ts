import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../mail/project-root';
import { Language, LANGUAGES } from '../users/entities/user.entity';
import type { ExplanationWords } from './explanation';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', et: 'et-EE', en: 'en-GB' };

/**
 * The explanation's words in nl, et and en: the pages' catalogue file of the
 * explanation area (templates/pages/i18n/<language>/explanation.json), read
 * here as well so that the API answers in the same sentences the page shows
 * without depending on the web layer.
 */
export class ExplanationCatalogue {
  private readonly words = new Map<Language, ExplanationWords>();

  private constructor(private readonly texts: Record<Language, Record<string, string>>) {}

  static load(folder = join(projectRoot(), 'templates', 'pages', 'i18n')): ExplanationCatalogue {
    const read = (language: Language) =>
      JSON.parse(readFileSync(join(folder, language, 'explanation.json'), 'utf8')) as Record<string, string>;
    return new ExplanationCatalogue(
      Object.fromEntries(LANGUAGES.map((language) => [language, read(language)])) as Record<
        Language,
        Record<string, string>
      >,
    );
  }

  in(language: Language): ExplanationWords {
    let words = this.words.get(language);
    if (!words) {
      words = this.wordsOf(language);
      this.words.set(language, words);
    }
    return words;
  }

  private wordsOf(language: Language): ExplanationWords {
    const texts = this.texts[language];
    const points = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
    return {
      text: (key, values = {}) => {
        const template = texts[key];
        // A key missing here is a fault of the code, not of the reader's input: the catalogue test guards the files.
        if (template === undefined) throw new Error(`No explanation text ${key} in ${language}`);
        return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
          Object.hasOwn(values, name) ? String(values[name]) : whole,
        );
      },
      points: (value) => points.format(value),
    };
  }
}
