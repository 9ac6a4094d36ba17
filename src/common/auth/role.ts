export enum Role {
  Admin = 'admin',
  Recruiter = 'recruiter',
  Interviewer = 'interviewer',
  HiringManager = 'hiring_manager',
}

export const ROLES = Object.values(Role);
