import { Language } from '../../users/entities/user.entity';
import { LOCALES } from './language';

/** Dates and numbers as a reader of the language writes them; Intl's formatters are kept, as they are slow to make. */
export class Formats {
  private readonly dates = new Map<string, Intl.DateTimeFormat>();
  private readonly numbers = new Map<string, Intl.NumberFormat>();

  constructor(private readonly timeZone: string) {}

  date(language: Language, value: Date | string, style: 'date' | 'dateTime' = 'date'): string {
    const key = `${language}|${style}`;
    let format = this.dates.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(LOCALES[language], {
        dateStyle: 'medium',
        ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
        timeZone: this.timeZone,
      });
      this.dates.set(key, format);
    }
    return format.format(typeof value === 'string' ? new Date(value) : value);
  }

  /** A sum in euros, whole euros, as the language writes it: "€ 18.000.000", "18 000 000 €", "€18,000,000". */
  euros(language: Language, value: number): string {
    const key = `${language}|EUR`;
    let format = this.numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(LOCALES[language], {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
      this.numbers.set(key, format);
    }
    return format.format(value);
  }

  number(language: Language, value: number, fractionDigits = 0): string {
    const key = `${language}|${fractionDigits}`;
    let format = this.numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(LOCALES[language], {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      this.numbers.set(key, format);
    }
    return format.format(value);
  }
}
