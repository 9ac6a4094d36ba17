/**
 * A recruiter's pages filled through the API as the other benchmarks fill
 * them: a recruiter, a hiring manager, the Accountmanager B template copied,
 * open vacancies owned by the recruiter, and applications brought in through
 * the import path (JSON lines, applied and screened).
 */
import { resumeLine } from './generated-resumes';
import { Api } from './sift-server';

export const RECRUITER = { email: 'recruiter@bench.local', password: 'bench-recruiter-password' };
const PER_REQUEST = 10_000;

export interface PageScene {
  recruiterId: string;
  /** The vacancies in the order asked for, each with its id. */
  vacancies: { id: string; applications: number }[];
}

/**
 * One open vacancy per entry of `sizes`, each given that many applications;
 * `progress` hears after each import request. Candidates are numbered from
 * `firstCandidate` so that two scenes in one database do not share e-mail
 * addresses.
 */
export async function buildPageScene(
  api: Api,
  sizes: number[],
  progress: (imported: number, seconds: number) => void = () => {},
  firstCandidate = 0,
): Promise<PageScene> {
  const { user: recruiter } = await api('POST', '/users', {
    name: 'Bench Recruiter',
    email: RECRUITER.email,
    password: RECRUITER.password,
    roles: ['recruiter'],
  });
  const { user: manager } = await api('POST', '/users', {
    name: 'Bench Manager',
    email: 'manager@bench.local',
    roles: ['hiring_manager'],
  });
  const profile = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
  const vacancies: PageScene['vacancies'] = [];
  let next = firstCandidate;
  for (const [index, size] of sizes.entries()) {
    const vacancy = await api('POST', '/vacancies', {
      title: `Accountmanager B ${index + 1}`,
      description: 'Benchmark',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profile.id,
      hiringManagerIds: [manager.id],
      recruiterIds: [recruiter.id],
    });
    await api('POST', `/vacancies/${vacancy.id}/status`, { status: 'open' });
    for (let done = 0; done < size; done += PER_REQUEST) {
      const count = Math.min(PER_REQUEST, size - done);
      const body = Array.from({ length: count }, (_, i) => resumeLine(next + i)).join('\n');
      next += count;
      const started = performance.now();
      const report = await api('POST', `/candidates/import?vacancyId=${vacancy.id}`, body, 'application/x-ndjson');
      if (report.applied !== count)
        throw new Error(`applied ${report.applied} of ${count}: ${JSON.stringify(report.failed.slice(0, 3))}`);
      progress(next - firstCandidate, (performance.now() - started) / 1000);
    }
    vacancies.push({ id: vacancy.id, applications: size });
  }
  return { recruiterId: recruiter.id, vacancies };
}
