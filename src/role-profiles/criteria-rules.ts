import { FieldError } from '../common/errors/domain-error';
import { findCompetency, unknownCompetencyMessage } from '../scoring/competency-catalogue';
import { parseEducationLevel, unknownEducationLevelMessage } from '../scoring/education-scale';
import { CRITERION_KINDS } from '../scoring/profile';
import { CriteriaDto } from './dto/criteria.dto';

/** Rules across fields, which the DTO decorators cannot express. Paths match the request body. */
export function criteriaProblems(criteria: CriteriaDto, path = 'criteria'): FieldError[] {
  const problems: FieldError[] = [];
  const present = CRITERION_KINDS.filter((kind) => criteria[kind] !== undefined);
  if (present.length === 0) {
    problems.push({ field: path, messages: ['a profile needs at least one criterion'] });
  } else if (present.every((kind) => criteria[kind]!.weight === 0 && !criteria[kind]!.knockout)) {
    problems.push({ field: path, messages: ['the weights are all zero, so no applicant could score'] });
  }
  const education = criteria.education;
  if (education) {
    const levels = (['minimumLevel', 'preferredLevel'] as const).map((key) => {
      const name = education[key];
      if (name === undefined) return undefined;
      const level = parseEducationLevel(name);
      if (!level) problems.push(unknownLevel(`${path}.education.${key}`, name));
      return level;
    });
    if (levels[0] && levels[1] && levels[0].rank > levels[1].rank) {
      problems.push({
        field: `${path}.education.minimumLevel`,
        messages: [
          `minimumLevel (${education.minimumLevel}) must not be above preferredLevel (${education.preferredLevel})`,
        ],
      });
    }
  }
  const sales = criteria.salesExperience;
  if (sales && sales.minimumYears > sales.targetYears) {
    problems.push({
      field: `${path}.salesExperience.minimumYears`,
      messages: [`minimumYears (${sales.minimumYears}) must not be above targetYears (${sales.targetYears})`],
    });
  }
  const competencies = criteria.competencies?.items ?? [];
  const seen = new Set<string>();
  competencies.forEach((item, index) => {
    if (!findCompetency(item.code)) {
      problems.push({
        field: `${path}.competencies.items[${index}].code`,
        messages: [unknownCompetencyMessage(item.code)],
      });
    }
    if (seen.has(item.code)) {
      problems.push({ field: `${path}.competencies.items[${index}].code`, messages: [`${item.code} is listed twice`] });
    }
    seen.add(item.code);
  });
  if (criteria.competencies && criteria.competencies.weight > 0 && competencies.every((item) => item.weight === 0)) {
    problems.push({
      field: `${path}.competencies.items`,
      messages: ['the competencies criterion has weight but every competency weighs zero'],
    });
  }
  return problems;
}

function unknownLevel(field: string, name: string): FieldError {
  return { field, messages: [unknownEducationLevelMessage(name)] };
}
