import { CriteriaDto } from '../../src/role-profiles/dto/criteria.dto';
import { TEMPLATES } from '../../src/role-profiles/templates';

/** The Accountmanager B template's criteria, which a vacancy made from it starts with. */
export const accountManagerB = TEMPLATES.find((template) => template.key === 'accountmanager-b')!.criteria as Required<
  Pick<CriteriaDto, 'education' | 'salesExperience' | 'clientBase' | 'competencies' | 'courses'>
>;

/** Criteria as the editor's form posts them: flat field names, every value text, rows repeated. */
export function criteriaFields(criteria: CriteriaDto): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  const join = (items?: string[]) => (items ?? []).join(', ');
  for (const [key, value] of Object.entries(criteria)) {
    if (!value) continue;
    fields[`${key}.on`] = '1';
    fields[`${key}.weight`] = String(value.weight);
    if (value.knockout) fields[`${key}.knockout`] = '1';
  }
  const { education, salesExperience, clientBase, competencies, certifications, languages, courses } = criteria;
  if (education) {
    fields['education.minimumLevel'] = education.minimumLevel ?? '';
    fields['education.preferredLevel'] = education.preferredLevel ?? '';
    fields['education.preferredFields'] = join(education.preferredFields);
  }
  if (salesExperience) {
    fields['salesExperience.minimumYears'] = String(salesExperience.minimumYears);
    fields['salesExperience.targetYears'] = String(salesExperience.targetYears);
  }
  if (clientBase) {
    fields['clientBase.minimumSegment'] = clientBase.minimumSegment ?? '';
    if (clientBase.decisionMakersRequired) fields['clientBase.decisionMakersRequired'] = '1';
  }
  if (competencies) {
    fields['competency.code'] = competencies.items.map((item) => item.code);
    fields['competency.requiredLevel'] = competencies.items.map((item) => String(item.requiredLevel));
    fields['competency.weight'] = competencies.items.map((item) => String(item.weight));
  }
  if (certifications) {
    fields['certifications.required'] = join(certifications.required);
    fields['certifications.preferred'] = join(certifications.preferred);
  }
  if (languages) {
    fields['language.language'] = languages.items.map((item) => item.language);
    fields['language.level'] = languages.items.map((item) => item.level);
  }
  if (courses) fields['courses.topics'] = join(courses.topics);
  return fields;
}
