import { findCompetency } from '../scoring/competency-catalogue';
import { parseEducationLevel } from '../scoring/education-scale';
import { Criteria, ProfileLanguage } from '../scoring/profile';
import { Vacancy } from './entities/vacancy.entity';

/** schema.org's credentialCategory values for an education level, by ISCED 2011 level. */
function credentialCategory(isced: number): string {
  if (isced <= 3) return 'high school';
  if (isced === 4) return 'professional certificate';
  if (isced === 5) return 'associate degree';
  if (isced === 6) return 'bachelor degree';
  return 'postgraduate degree';
}

/**
 * The vacancy as a schema.org JobPosting (https://schema.org/JobPosting), with
 * the role profile's requirements in the properties schema.org has for them:
 * educationRequirements, experienceRequirements, skills and qualifications.
 */
export function jobPosting(
  vacancy: Vacancy,
  criteria: Criteria,
  language: ProfileLanguage,
  datePosted: Date | null,
): Record<string, unknown> {
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: 'Sift', value: vacancy.id },
    title: vacancy.title,
    description: vacancy.description,
    employmentType: vacancy.employmentType.toUpperCase(),
    totalJobOpenings: vacancy.headcount,
  };
  if (datePosted) posting.datePosted = datePosted.toISOString().slice(0, 10);
  if (vacancy.location) {
    posting.jobLocation = {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: vacancy.location },
    };
  }
  const minimum = criteria.education?.minimumLevel ? parseEducationLevel(criteria.education.minimumLevel) : undefined;
  if (minimum) {
    posting.educationRequirements = {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: credentialCategory(minimum.isced),
      name: minimum.label[language],
    };
  }
  if (criteria.salesExperience && criteria.salesExperience.minimumYears > 0) {
    posting.experienceRequirements = {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: Math.round(criteria.salesExperience.minimumYears * 12),
    };
  }
  const skills = (criteria.competencies?.items ?? []).map(
    (item) => findCompetency(item.code)?.name[language] ?? item.code,
  );
  if (skills.length) posting.skills = skills;
  const qualifications = [
    ...(criteria.certifications?.required ?? []),
    ...(criteria.languages?.items ?? []).map((item) => `${item.language.toUpperCase()} ${item.level}`),
  ];
  if (qualifications.length) posting.qualifications = qualifications;
  return posting;
}
