import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ValidationFailedError } from '../common/errors/domain-error';
import { flattenValidationErrors } from '../common/http/validation';
import { findCompetency, unknownCompetencyMessage } from '../scoring/competency-catalogue';
import { parseEducationLevel, unknownEducationLevelMessage } from '../scoring/education-scale';
import { FACT_DATA_TYPES } from './dto/fact-data.dto';
import { FactData, FactKind } from './entities/candidate-fact.entity';

/**
 * Checks a fact's data against the shape of its kind, with the same rules as
 * the request pipe (unknown fields are errors), and returns the clean data.
 * Bad fields are named under `data.`.
 */
export function validateFactData(kind: FactKind, data: Record<string, unknown>): FactData {
  const instance = plainToInstance(FACT_DATA_TYPES[kind], data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  const problems = flattenValidationErrors(errors, 'data');
  if (kind === 'education' && typeof data.level === 'string' && !parseEducationLevel(data.level)) {
    problems.push({ field: 'data.level', messages: [unknownEducationLevelMessage(data.level)] });
  }
  if (kind === 'competency' && typeof data.code === 'string' && !findCompetency(data.code)) {
    problems.push({ field: 'data.code', messages: [unknownCompetencyMessage(data.code)] });
  }
  if (problems.length) throw new ValidationFailedError(problems);
  return { ...instance } as FactData;
}
