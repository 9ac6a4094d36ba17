import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeUser, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const REFERENCE = '2026-11-23';
/**
 * The bachelor against Accountmanager A, B and C: A 20 + 25 + 20 + 7.5 (one
 * of four competencies known and met); B 14 (hbo, the minimum) + 25 + 20 + 15
 * (two of four); C a knock-out on education (hbo below hbo+).
 */
const SCORES_A_B_C = [72.5, 74, 44.1];
const SUMMARY = 'past bij B met 74; C: 44, knock-out op opleiding; A: 73';

/** A bachelor with six years in sales, a national client base and two competencies; the job since 2020 unconfirmed. */
const bachelorFacts = [
  { kind: 'education', source: 'cv', data: { level: 'hbo', field: 'Commerciële Economie' }, confirmed: true },
  {
    kind: 'work',
    source: 'cv',
    data: { title: 'Accountmanager', start: '2020-11-24', end: null, salesRole: true },
  },
  {
    kind: 'client_base',
    source: 'candidate',
    data: { segment: 'national', activeAccounts: 35, decisionMakers: true },
    confirmed: true,
  },
  { kind: 'competency', source: 'recruiter', data: { code: 'customer_focus', level: 4 }, confirmed: true },
  { kind: 'competency', source: 'recruiter', data: { code: 'analytical', level: 3 }, confirmed: true },
];

interface Line {
  criterion: string;
  earned: number;
  possible: number;
  explanation: string;
  factIds: string[];
  unconfirmed: boolean;
  unknown: boolean;
  status: string;
}

/** An app of its own with one recruiter and the bachelor as a stored candidate. */
async function appWithBachelor() {
  const t = await createTestApp();
  const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
  const candidateId = (await makeCandidate(t, recruiter.token)).id;
  const factIds: string[] = [];
  for (const fact of bachelorFacts) {
    const created = await as(t, recruiter.token).post(`/candidates/${candidateId}/facts`, fact).expect(201);
    factIds.push(created.body.id);
  }
  return { t, recruiter, candidateId, factIds };
}

// A database of its own: what it shows depends on which profiles of the family exist.
describe('screening: fitting a family', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let candidateId: string;

  beforeAll(async () => {
    ({ t, recruiter, candidateId } = await appWithBachelor());
  });
  afterAll(() => t.close());

  const whatIf = (body: object) => as(t, recruiter.token).post('/screening/what-if', body);

  it('fits a candidate to a family: the built-in levels while it has none of its own, then its own', async () => {
    const templates = await whatIf({ family: 'Accountmanager', candidateId, referenceDate: REFERENCE }).expect(200);
    expect(templates.body.fitLevel).toBe('B');
    expect(templates.body.levels.map((level: { level: string }) => level.level)).toEqual(['A', 'B', 'C']);
    expect(templates.body.levels.map((level: { result: { score: number } }) => level.result.score)).toEqual(
      SCORES_A_B_C,
    );
    expect(templates.body.summary).toBe(SUMMARY);
    expect(templates.body.levels[2].result.eligible).toBe(false);
    expect(templates.body.levels[2].result.failedKnockouts[0].criterion).toBe('education');

    for (const level of ['c', 'a', 'b']) {
      await as(t, recruiter.token)
        .post(`/role-profiles/templates/accountmanager-${level}/copy`, { name: `Onze accountmanager ${level}` })
        .expect(201);
    }
    const own = await whatIf({ family: 'Accountmanager', candidateId, referenceDate: REFERENCE }).expect(200);
    expect(own.body.levels.map((level: { profile: { name: string } }) => level.profile.name)).toEqual([
      'Onze accountmanager a',
      'Onze accountmanager b',
      'Onze accountmanager c',
    ]);
    expect(own.body.fitLevel).toBe('B');

    await as(t, recruiter.token).post('/role-profiles/templates/accountmanager-b/copy', {}).expect(201);
    const twice = await whatIf({ family: 'Accountmanager', candidateId }).expect(409);
    expect(twice.body.code).toBe('FAMILY_LEVEL_AMBIGUOUS');
    expect(twice.body.detail).toMatch(/more than one active profile at level B \([0-9a-f-]{36}, [0-9a-f-]{36}\)/);
  });
});

describe('screening: what-if scoring', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let candidateId: string;
  let factIds: string[];

  beforeAll(async () => {
    ({ t, recruiter, candidateId, factIds } = await appWithBachelor());
  });
  afterAll(() => t.close());

  const whatIf = (body: object, user = recruiter) => as(t, user.token).post('/screening/what-if', body);
  const sum = (lines: Line[]) => lines.reduce((total, line) => total + Math.round(line.earned * 100), 0);

  it("scores a stored candidate against a profile, explaining every criterion in the profile's language", async () => {
    const { body: copy } = await as(t, recruiter.token)
      .post('/role-profiles/templates/accountmanager-b/copy', { name: 'Accountmanager B (what-if)' })
      .expect(201);
    const { body } = await whatIf({ profileId: copy.id, candidateId, referenceDate: REFERENCE }).expect(200);

    expect(body.profile).toMatchObject({ id: copy.id, version: 1, language: 'nl', level: 'B' });
    expect(body.referenceDate).toBe(REFERENCE);
    expect(body.rulesVersion).toBe(1);
    const { result } = body;
    expect(result.eligible).toBe(true);
    expect(sum(result.breakdown)).toBe(Math.round(result.score * 100));
    const sales = result.breakdown.find((line: Line) => line.criterion === 'salesExperience');
    expect(sales).toMatchObject({ earned: 25, possible: 25, unconfirmed: true, factIds: [factIds[1]] });
    expect(sales.explanation).toBe('6 jaar verkoopervaring; minimum 2, doel 4: volle punten (nog niet bevestigd)');
    const competencies = result.breakdown.find((line: Line) => line.criterion === 'competencies');
    expect(competencies).toMatchObject({ unknown: true, status: 'partial' });
    expect(competencies.explanation).toContain('Overtuigingskracht onbekend (gevraagd 3)');
    const courses = result.breakdown.find((line: Line) => line.criterion === 'courses');
    expect(courses).toMatchObject({
      status: 'unknown',
      earned: 0,
      explanation: 'cursussen onbekend: geen punten tot dit bekend is',
    });

    // Scoring is not using: the version stays open to edits.
    const read = await as(t, recruiter.token).get(`/role-profiles/${copy.id}`).expect(200);
    expect(read.body.versions[0].usedAt).toBeNull();
  });

  it('scores against any version, and names the one it used', async () => {
    const { body: profile } = await as(t, recruiter.token)
      .post('/role-profiles', {
        name: 'Relatiemanager zakelijk',
        language: 'en',
        criteria: { salesExperience: { weight: 10, knockout: true, minimumYears: 2, targetYears: 4 } },
      })
      .expect(201);
    await as(t, recruiter.token)
      .post(`/role-profiles/${profile.id}/versions`, {
        criteria: { salesExperience: { weight: 10, knockout: true, minimumYears: 8, targetYears: 10 } },
      })
      .expect(201);
    const current = await whatIf({ profileId: profile.id, candidateId, referenceDate: REFERENCE }).expect(200);
    expect(current.body.profile.version).toBe(2);
    expect(current.body.result).toMatchObject({ eligible: false, score: 0 });
    expect(current.body.result.failedKnockouts).toEqual([
      {
        criterion: 'salesExperience',
        reason:
          '6 years in sales; minimum 8, target 10: requirement not met, knock-out (no points) (not yet confirmed)',
      },
    ]);
    const first = await whatIf({ profileId: profile.id, version: 1, candidateId, referenceDate: REFERENCE }).expect(
      200,
    );
    expect(first.body.profile.version).toBe(1);
    expect(first.body.result).toMatchObject({ eligible: true, score: 100 });
    const missing = await whatIf({ profileId: profile.id, version: 9, candidateId }).expect(404);
    expect(missing.body.code).toBe('ROLE_PROFILE_VERSION_NOT_FOUND');
  });

  it('tries draft criteria on facts sent with the request, storing nothing', async () => {
    const { body } = await whatIf({
      criteria: {
        education: { weight: 1, knockout: true, minimumLevel: 'bakalaureus', preferredLevel: 'magister' },
        languages: { weight: 1, items: [{ language: 'en', level: 'B2' }] },
      },
      language: 'et',
      facts: [
        { kind: 'education', data: { level: 'magister', field: 'Majandusteadus' }, confirmed: true },
        { kind: 'language', data: { language: 'en', level: 'C1' } },
      ],
      referenceDate: REFERENCE,
    }).expect(200);
    expect(body.profile).toEqual({ id: null, name: null, family: null, level: null, version: null, language: 'et' });
    expect(body.result.score).toBe(100);
    expect(body.result.breakdown.map((line: Line) => line.explanation)).toEqual([
      'magister (Majandusteadus); miinimum bakalaureus, eelistatud magister: täispunktid',
      'inglise keel C1 (nõutud B2): täispunktid (kinnitamata)',
    ]);
  });

  it('lets recruiters and admins try, not hiring managers or interviewers', async () => {
    const body = { criteria: { education: { weight: 1 } }, facts: [] };
    for (const role of [Role.HiringManager, Role.Interviewer]) {
      const user = await makeUser(t, { roles: [role] });
      const refused = await whatIf(body, user).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN_ROLE');
    }
    const admin = await makeUser(t, { roles: [Role.Admin] });
    await whatIf(body, admin).expect(200);
  });

  describe('bad input', () => {
    const fieldsOf = (body: { errors: { field: string; messages: string[] }[] }) =>
      Object.fromEntries(body.errors.map((error) => [error.field, error.messages.join(' ')]));

    it('asks for exactly one thing to score against and one candidate', async () => {
      const none = await whatIf({}).expect(400);
      expect(none.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(none.body)['(body)']).toBe(
        'give exactly one of profileId, family or criteria to score against give exactly one of candidateId or facts to score',
      );
      const both = await whatIf({ family: 'Accountmanager', profileId: candidateId, candidateId, facts: [] }).expect(
        400,
      );
      expect(Object.keys(fieldsOf(both.body))).toEqual(['profileId, family', 'candidateId, facts']);
      const loose = await whatIf({ family: 'Accountmanager', facts: [], version: 2, language: 'nl' }).expect(400);
      expect(Object.keys(fieldsOf(loose.body))).toEqual(['version', 'language']);
    });

    it('names each bad fact by its place in the list, with the accepted values', async () => {
      const { body } = await whatIf({
        family: 'Accountmanager',
        facts: [
          { kind: 'work', data: { title: 'Verkoper', start: '2020-01-01' } },
          { kind: 'education', data: { level: 'hbo-plus-plus' } },
          { kind: 'competency', data: { code: 'charm', level: 9 } },
        ],
      }).expect(400);
      const fields = fieldsOf(body);
      expect(Object.keys(fields).sort()).toEqual(['facts[1].data.level', 'facts[2].data.code', 'facts[2].data.level']);
      expect(fields['facts[1].data.level']).toContain('use one of: basisonderwijs');
      expect(fields['facts[2].data.code']).toContain('customer_focus');
    });

    it('rejects draft criteria the way it rejects a saved profile', async () => {
      const facts: object[] = [];
      const cases: [object, string, RegExp][] = [
        [
          { salesExperience: { weight: -1, minimumYears: 1, targetYears: 2 } },
          'criteria.salesExperience.weight',
          /negative/,
        ],
        [{ education: { weight: 0 }, courses: { weight: 0, topics: [] } }, 'criteria', /all zero/],
        [
          { salesExperience: { weight: 5, minimumYears: 6, targetYears: 4 } },
          'criteria.salesExperience.minimumYears',
          /above/,
        ],
        [
          { competencies: { weight: 5, items: [{ code: 'charm', requiredLevel: 3, weight: 1 }] } },
          'criteria.competencies.items[0].code',
          /not in the competency catalogue; use one of: customer_focus/,
        ],
        [
          { education: { weight: 5, minimumLevel: 'hbo++' } },
          'criteria.education.minimumLevel',
          /use one of: .*bakalaureus/,
        ],
      ];
      for (const [criteria, field, message] of cases) {
        const { body } = await whatIf({ criteria, facts }).expect(400);
        expect(fieldsOf(body)[field]).toMatch(message);
      }
    });

    it('answers 404 for a candidate, profile or family that is not there', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await whatIf({ family: 'Accountmanager', candidateId: unknown }).expect(404)).body.code).toBe(
        'CANDIDATE_NOT_FOUND',
      );
      expect((await whatIf({ profileId: unknown, facts: [] }).expect(404)).body.code).toBe('ROLE_PROFILE_NOT_FOUND');
      expect((await whatIf({ family: 'Astronaut', facts: [] }).expect(404)).body.code).toBe('FAMILY_NOT_FOUND');
    });

    it('refuses a reference date that is not a calendar day', async () => {
      const { body } = await whatIf({ family: 'Accountmanager', facts: [], referenceDate: '2026-13-01' }).expect(400);
      expect(Object.keys(fieldsOf(body))).toEqual(['referenceDate']);
    });
  });
});
