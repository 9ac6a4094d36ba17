import { findCompetency } from '../scoring/competency-catalogue';
import { parseEducationLevel } from '../scoring/education-scale';
import { Criteria, ProfileLanguage } from '../scoring/profile';
import { OrganisationSettings } from '../config/settings';
import { Vacancy } from './entities/vacancy.entity';

/** schema.org's credentialCategory values for an education level, by ISCED 2011 level. */
function credentialCategory(isced: number): string {
  if (isced <= 3) return 'high school';
  if (isced === 4) return 'professional certificate';
  if (isced === 5) return 'associate degree';
  if (isced === 6) return 'bachelor degree';
  return 'postgraduate degree';
}

export interface PostingContext {
  organisation: OrganisationSettings;
  now: Date;
}

/** Words that say a job is done from anywhere (English, Dutch, Estonian). */
const REMOTE = /(?<!\p{L})(remote|telecommute|thuiswerk|thuiswerken|op afstand|kaugtöö|kaugtööna)(?!\p{L})/iu;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The description as HTML, as search engines want it: escaped text, a paragraph a blank-line block. */
export function descriptionHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * Where the job is: a place for jobLocation, and whether it may be done remotely, read
 * from the vacancy's one location field ("Utrecht", "Remote", "Tallinn / kaugtöö").
 */
function locationOf(vacancy: Vacancy): { place?: string; remote: boolean } {
  const text = vacancy.location?.trim() ?? '';
  const remote = REMOTE.test(text);
  const place = text
    .replace(new RegExp(REMOTE.source, 'giu'), ' ')
    .replace(/^[\s/,;|()+&-]+|[\s/,;|()+&-]+$/g, '')
    .trim();
  return { place: place || undefined, remote };
}

/**
 * The vacancy as a schema.org JobPosting (https://schema.org/JobPosting), with the fields
 * Google's job posting documentation lists as required (title, description, datePosted,
 * hiringOrganization, jobLocation, or for remote work applicantLocationRequirements with
 * jobLocationType TELECOMMUTE) and recommended (directApply, employmentType, identifier,
 * validThrough; baseSalary is left out, as a vacancy records no salary), see
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting, and
 * the role profile's requirements in the properties schema.org has for them:
 * educationRequirements, experienceRequirements, skills and qualifications.
 */
export function jobPosting(
  vacancy: Vacancy,
  criteria: Criteria,
  language: ProfileLanguage,
  datePosted: Date | null,
  { organisation, now }: PostingContext,
): Record<string, unknown> {
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: vacancy.id },
    title: vacancy.title,
    description: descriptionHtml(vacancy.description),
    employmentType: vacancy.employmentType.toUpperCase(),
    totalJobOpenings: vacancy.headcount,
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.url ? { sameAs: organisation.url } : {}),
    },
    // A draft has not been posted yet; its preview is dated the day it was written.
    datePosted: (datePosted ?? vacancy.createdAt).toISOString().slice(0, 10),
    // An open vacancy stays open until someone closes it, so its posting is renewed each
    // time it is read; any other is no longer valid since its last change (the pause or end).
    validThrough: (['open', 'draft'].includes(vacancy.status)
      ? new Date(now.getTime() + organisation.postingValidDays * 86_400_000)
      : vacancy.updatedAt
    ).toISOString(),
    // Sift has no public application page yet: candidates apply through the recruiter.
    directApply: false,
  };
  const { place, remote } = locationOf(vacancy);
  const country = organisation.country ? { addressCountry: organisation.country } : {};
  if (place || (!remote && organisation.country)) {
    posting.jobLocation = {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', ...(place ? { addressLocality: place } : {}), ...country },
    };
  }
  if (remote) {
    posting.jobLocationType = 'TELECOMMUTE';
    if (organisation.country)
      posting.applicantLocationRequirements = { '@type': 'Country', name: organisation.country };
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
