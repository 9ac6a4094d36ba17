import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../common/http/validation';
import { COMPETENCIES, findCompetency } from '../scoring/competency-catalogue';
import { criteriaProblems } from './criteria-rules';
import { CreateRoleProfileDto } from './dto/role-profile.dto';
import { TEMPLATES } from './templates';

describe('built-in templates', () => {
  it.each(TEMPLATES.map((template) => [template.key, template]))(
    '%s passes the same checks as a request',
    (_key, template) => {
      const { key: _templateKey, family, level, ...rest } = template;
      const dto = plainToInstance(CreateRoleProfileDto, {
        ...rest,
        family: family ?? undefined,
        level: level ?? undefined,
      });
      const errors = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
      expect(errors).toEqual([]);
      expect(criteriaProblems(template.criteria)).toEqual([]);
    },
  );

  it('has the Accountmanager family at levels A, B and C with rising demands', () => {
    const family = TEMPLATES.filter((template) => template.family === 'Accountmanager');
    expect(family.map((template) => template.level)).toEqual(['A', 'B', 'C']);
    expect(family.map((template) => template.criteria.clientBase?.minimumSegment)).toEqual([
      'regional_smb',
      'national',
      'international',
    ]);
    expect(family.map((template) => template.criteria.education?.minimumLevel)).toEqual(['mbo+', 'hbo', 'hbo+']);
    expect(family.every((template) => template.criteria.education?.knockout)).toBe(true);
    expect(family[2].criteria.competencies?.items.map((item) => item.code)).toEqual([
      'customer_focus',
      'persuasiveness',
      'entrepreneurship',
      'coaching',
      'innovation',
    ]);
  });

  it('makes higher education and two years in sales knock-outs for the key account manager', () => {
    const kam = TEMPLATES.find((template) => template.key === 'key-account-manager')!;
    expect(kam.criteria.education).toMatchObject({ knockout: true, minimumLevel: 'bakalaureus' });
    expect(kam.criteria.salesExperience).toMatchObject({ knockout: true, minimumYears: 2 });
  });

  it('has unique keys', () => {
    expect(new Set(TEMPLATES.map((template) => template.key)).size).toBe(TEMPLATES.length);
  });
  it('holds every competency the built-in templates ask for', () => {
    const used = TEMPLATES.flatMap((template) => template.criteria.competencies?.items.map((item) => item.code) ?? []);
    expect(used.filter((code) => !findCompetency(code))).toEqual([]);
    expect(new Set(used).size).toBe(COMPETENCIES.length);
  });
});
