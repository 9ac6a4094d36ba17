import { Role } from '../src/common/auth/role';
import { as, makeProfile, makeUser, MadeUser, makeVacancy } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Google's job posting documentation, "Structured data type definitions":
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 * Required: title, description, datePosted, hiringOrganization, jobLocation (a fully
 * remote job may instead give applicantLocationRequirements and jobLocationType
 * TELECOMMUTE). Recommended: applicantLocationRequirements, baseSalary, directApply,
 * employmentType, identifier, jobLocationType, validThrough.
 */
const REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization'];
const RECOMMENDED = [
  'applicantLocationRequirements',
  'baseSalary',
  'directApply',
  'employmentType',
  'identifier',
  'jobLocationType',
  'validThrough',
];
/** Recommended fields Sift leaves out, and why: a vacancy records no salary. */
const NOT_RECORDED = ['baseSalary'];
/** Only for work done remotely. */
const REMOTE_ONLY = ['applicantLocationRequirements', 'jobLocationType'];

describe('job postings for search engines', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        ORGANISATION_NAME: 'Van der Berg Werving',
        ORGANISATION_URL: 'https://werving.example.nl',
        ORGANISATION_COUNTRY: 'nl',
        JOB_POSTING_VALID_DAYS: '45',
      },
    });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    profileId = (await makeProfile(t, recruiter.token)).id;
  }, 30_000);
  afterAll(() => t.close());

  async function posting(fields: Record<string, unknown>, open = true) {
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], ...fields },
      { open },
    );
    const response = await as(t, recruiter.token).get(`/vacancies/${vacancy.id}/job-posting`).expect(200);
    return { id: vacancy.id, body: JSON.parse(response.text) as Record<string, unknown> };
  }

  function missing(body: Record<string, unknown>, remote: boolean): string[] {
    const wanted = [
      ...REQUIRED,
      ...(remote ? [] : ['jobLocation']),
      ...RECOMMENDED.filter((field) => !NOT_RECORDED.includes(field) && (remote || !REMOTE_ONLY.includes(field))),
    ];
    return wanted.filter((field) => body[field] === undefined || body[field] === null || body[field] === '');
  }

  it('has every required and recommended field for a job at a place', async () => {
    const before = Date.now();
    const { id, body } = await posting({
      location: 'Utrecht',
      description: 'Nationale klanten <b>beheren</b> & uitbouwen.\nMet "eigen" portefeuille.\n\nReizen: 20%.',
    });
    expect(missing(body, false)).toEqual([]);
    expect(body).toMatchObject({
      title: 'Accountmanager B',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Van der Berg Werving',
        sameAs: 'https://werving.example.nl',
      },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Utrecht', addressCountry: 'NL' },
      },
      identifier: { '@type': 'PropertyValue', name: 'Van der Berg Werving', value: id },
      employmentType: 'FULL_TIME',
      directApply: false,
      datePosted: new Date().toISOString().slice(0, 10),
    });
    expect(body.description).toBe(
      '<p>Nationale klanten &lt;b&gt;beheren&lt;/b&gt; &amp; uitbouwen.<br>Met &quot;eigen&quot; portefeuille.</p>\n' +
        '<p>Reizen: 20%.</p>',
    );
    expect(body.jobLocationType).toBeUndefined();
    const validThrough = Date.parse(String(body.validThrough));
    expect(validThrough).toBeGreaterThanOrEqual(before + 45 * 86_400_000);
    expect(validThrough).toBeLessThanOrEqual(Date.now() + 45 * 86_400_000);
  });

  it('says where remote applicants may work from instead of a place for remote work', async () => {
    const { body } = await posting({ location: 'Remote' });
    expect(missing(body, true)).toEqual([]);
    expect(body.jobLocation).toBeUndefined();
    expect(body).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'NL' },
    });
    const hybrid = await posting({ location: 'Tallinn / kaugtöö' });
    expect(hybrid.body).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      jobLocation: { address: { addressLocality: 'Tallinn', addressCountry: 'NL' } },
    });
  });

  it('gives a vacancy without a location the country, and an ended one a validThrough in the past', async () => {
    const { id, body } = await posting({});
    expect(body.jobLocation).toEqual({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'NL' } });
    await as(t, recruiter.token).post(`/vacancies/${id}/status`, { status: 'closed', reason: 'Vervuld elders' });
    const closed = JSON.parse((await as(t, recruiter.token).get(`/vacancies/${id}/job-posting`).expect(200)).text);
    expect(Date.parse(closed.validThrough)).toBeLessThanOrEqual(Date.now());
  });
});
