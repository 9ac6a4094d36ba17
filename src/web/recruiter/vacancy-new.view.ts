import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { DetailsModel, Message } from './vacancy-fields.view';

export interface TemplateChoice {
  key: string;
  name: string;
  family: string | null;
  level: string | null;
}

export interface NewVacancyModel {
  templates: { value: string; name: string; selected: boolean }[];
  vacancies: { value: string; name: string; selected: boolean }[];
  sourceInvalid?: string;
  details: DetailsModel;
  message?: Message;
}

/** What a new vacancy starts from: `template:<key>` or `vacancy:<id>`. */
export type Source = { template: string } | { vacancy: string };

export function parseSource(value: string): Source | undefined {
  const [kind, id] = value.split(':', 2);
  if (!id) return undefined;
  if (kind === 'template') return { template: id };
  if (kind === 'vacancy') return { vacancy: id };
  return undefined;
}

/**
 * The new vacancy's page: its starting point (a built-in template or a
 * vacancy to copy), then its fields.
 */
export function newVacancyView(input: {
  templates: TemplateChoice[];
  vacancies: Pick<Vacancy, 'id' | 'title'>[];
  source: string;
  details: DetailsModel;
  sourceInvalid?: boolean;
  message?: Message;
}): NewVacancyModel {
  const source = input.source || (input.templates[0] ? `template:${input.templates[0].key}` : '');
  return {
    templates: input.templates.map((template) => ({
      value: `template:${template.key}`,
      name: template.name,
      selected: source === `template:${template.key}`,
    })),
    vacancies: input.vacancies.map((vacancy) => ({
      value: `vacancy:${vacancy.id}`,
      name: vacancy.title,
      selected: source === `vacancy:${vacancy.id}`,
    })),
    sourceInvalid: input.sourceInvalid ? 'vacancy.invalid.source' : undefined,
    details: input.details,
    message: input.message,
  };
}
