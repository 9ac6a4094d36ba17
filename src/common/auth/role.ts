export enum Role {
  Admin = 'admin',
  Recruiter = 'recruiter',
  Interviewer = 'interviewer',
  HiringManager = 'hiring_manager',
  /** Reads the fairness reports, which show aggregates only, and nothing about any one person. */
  Compliance = 'compliance',
}

export const ROLES = Object.values(Role);

/** Who may change screening data (candidates, facts, role profiles). */
export const SCREENING_WRITERS = [Role.Recruiter, Role.Admin];
/** Who may read it: the writers and the hiring managers who decide on it. */
export const SCREENING_READERS = [Role.Recruiter, Role.Admin, Role.HiringManager];
/** Who may read an application, its candidate, CVs and vacancy: the readers, and interviewers on one of its panels. */
export const PANEL_READERS = [...SCREENING_READERS, Role.Interviewer];
