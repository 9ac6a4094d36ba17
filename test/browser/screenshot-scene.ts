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

export async function seedDashboard(base: string, adminToken: string, recruiterToken: string): Promise<void> {
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
    const move = (body: object) => api('POST', `/applications/${String(application.id)}/moves`, body);
    if (n % 4 === 1) await move({ stage: 'screening' });
    if (n === 5) await move({ stage: 'interview', roundId: vacancy.rounds[0].id });
    if (n === 7) await move({ stage: 'rejected', reason: 'Te weinig ervaring' });
  }
}
