/**
 * Data for the screenshots of the recruiter's dashboard, made over the API as
 * a recruiter would: three open vacancies with applicants in several stages,
 * knock-outs, facts from CVs to confirm and a long name that must wrap.
 */
type Call = (method: string, path: string, body?: object) => Promise<Record<string, unknown>>;

export function apiOf(base: string, token?: string): Call {
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
}

export async function tokenOf(base: string, email: string, password: string): Promise<string> {
  return String((await apiOf(base)('POST', '/auth/login', { email, password })).accessToken);
}

const PEOPLE: [string, string][] = [
  ['Anneke de Vries', 'hbo'],
  ['Kaarel Tamm', 'mbo 3'],
  ['Sophie Janssen', 'wo'],
  ['Jaan Kask', 'hbo+'],
  ['Maria Bakker-van den Heuvel-Oosterhuis', 'hbo'],
  ['Liis Saar', 'vmbo'],
  ['Thomas Visser', 'hbo'],
];

/** Levels under the accountmanager-b template's minimum (hbo): a knock-out. */
const BELOW_THE_BAR = ['vmbo', 'mbo 3'];

/** Returns the hiring manager's id, for other scenes. */
export async function seedDashboard(base: string, adminToken: string, recruiterToken: string): Promise<string> {
  const admin = apiOf(base, adminToken);
  const api = apiOf(base, recruiterToken);
  const manager = await admin('POST', '/users', {
    email: 'piet.manager@example.com',
    name: 'Piet de Manager',
    password: 'screenshot-manager-password',
    roles: ['hiring_manager'],
  });
  const profile = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
  const vacancies: { id: string; rounds: { id: string }[] }[] = [];
  for (const title of ['Accountmanager B Utrecht', 'Key Account Manager Tallinn', 'Relatiemanager Zakelijk']) {
    const made = await api('POST', '/vacancies', {
      title,
      description: 'Nationale klanten beheren en uitbouwen.',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profile.id,
      hiringManagerIds: [(manager.user as { id: string }).id],
      rounds: [{ name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] }],
    });
    vacancies.push((await api('POST', `/vacancies/${String(made.id)}/status`, { status: 'open' })) as never);
  }
  let n = 0;
  for (const [name, level] of PEOPLE) {
    n += 1;
    const candidate = await api('POST', '/candidates', { name, email: `screenshot-${n}@example.com` });
    await api('POST', `/candidates/${String(candidate.id)}/facts`, {
      kind: 'education',
      source: 'cv',
      data: { level },
      confirmed: n % 3 !== 0,
    });
    const vacancy = vacancies[n % 2];
    const application = await api('POST', `/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id });
    // Below hbo fails the knock-out: moving such an applicant on goes against the advice, with a reason.
    const against = BELOW_THE_BAR.includes(level) ? { reason: 'Sterke referenties; opleiding volgt' } : {};
    const move = (body: object) =>
      api('POST', `/applications/${String(application.id)}/moves`, { ...against, ...body });
    if (n % 4 === 1) await move({ stage: 'screening' });
    if (n === 5) await move({ stage: 'interview', roundId: vacancy.rounds[0].id });
    if (n === 7) await move({ stage: 'rejected', reason: 'Te weinig ervaring' });
  }
  return (manager.user as { id: string }).id;
}

const BOARD_PEOPLE: [string, string, string][] = [
  ['Eva Smit', 'wo', 'job board'],
  ['Ruben Mulder', 'hbo', 'referral'],
  ['Kadri Lepp', 'hbo+', 'job board'],
  ['Daan de Boer', 'hbo', 'LinkedIn'],
  ['Mirjam Kuiper-Hendriksen van Oosterwijk', 'wo', 'referral'],
  ['Andres Kull', 'mbo 3', 'job board'],
  ['Fleur Meijer', 'hbo', 'LinkedIn'],
  ['Siim Rebane', 'wo', 'job board'],
  ['Lotte Bos', 'hbo', 'referral'],
  ['Marten Ilves', 'hbo+', 'LinkedIn'],
  ['Noor Dekker', 'vmbo', 'job board'],
  ['Kristjan Oja', 'hbo', 'job board'],
  ['Iris van Dijk', 'wo', 'LinkedIn'],
  ['Priit Mets', 'hbo', 'referral'],
  ['Sanne Vos', 'hbo+', 'job board'],
  ['Triin Pärn', 'wo', 'LinkedIn'],
];

/**
 * A vacancy for the board's screenshot: sixteen applicants with sales years
 * that differ, spread over applied, screening, both interview rounds, offer
 * and rejected. Returns the vacancy's id.
 */
export async function seedBoard(base: string, recruiterToken: string, managerId: string): Promise<string> {
  const api = apiOf(base, recruiterToken);
  const profile = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
  const made = await api('POST', '/vacancies', {
    title: 'Accountmanager B Amsterdam',
    description: 'Zakelijke klanten in de regio Amsterdam beheren en uitbouwen.',
    employmentType: 'full_time',
    headcount: 2,
    roleProfileId: profile.id,
    hiringManagerIds: [managerId],
    rounds: [
      { name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] },
      { name: 'Eindgesprek', kind: 'final_interview', competencies: ['persuasiveness'] },
    ],
  });
  const vacancy = (await api('POST', `/vacancies/${String(made.id)}/status`, { status: 'open' })) as unknown as {
    id: string;
    rounds: { id: string }[];
  };
  // Where each applicant ends up: steps along the path, or rejected.
  const steps = [0, 0, 1, 2, 0, 1, 3, 4, 1, 2, 0, 5, 3, 1, 0, 9];
  for (const [index, [name, level, source]] of BOARD_PEOPLE.entries()) {
    const candidate = await api('POST', '/candidates', { name, email: `board-${index + 1}@example.com` });
    const id = String(candidate.id);
    await api('POST', `/candidates/${id}/facts`, { kind: 'education', source: 'cv', data: { level }, confirmed: true });
    const years = 1 + (index % 5);
    await api('POST', `/candidates/${id}/facts`, {
      kind: 'work',
      source: 'cv',
      data: { title: 'Accountmanager', start: `${2021 - years}-01-01`, end: '2021-12-31', salesRole: true },
      confirmed: index % 4 !== 3,
    });
    const application = await api('POST', `/vacancies/${vacancy.id}/applications`, { candidateId: id, source });
    const against = BELOW_THE_BAR.includes(level) ? { reason: 'Sterke referenties; opleiding volgt' } : {};
    const move = (body: object) =>
      api('POST', `/applications/${String(application.id)}/moves`, { ...against, ...body });
    const path = [
      { stage: 'screening' },
      { stage: 'interview', roundId: vacancy.rounds[0].id },
      { stage: 'interview', roundId: vacancy.rounds[1].id },
      { stage: 'offer' },
    ];
    const step = steps[index];
    if (step === 9) {
      await move({ stage: 'rejected', reason: 'Te weinig ervaring in zakelijke verkoop' });
      continue;
    }
    for (const body of path.slice(0, Math.min(step, path.length))) await move(body);
  }
  return vacancy.id;
}
