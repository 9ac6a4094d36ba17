import { Injectable } from '@nestjs/common';
import { FieldError } from '../../common/errors/domain-error';
import { Role } from '../../common/auth/role';
import { inputProblems } from '../../common/http/validation';
import { UsersService } from '../../users/users.service';
import { readForm } from '../forms';
import type { Person } from './vacancy-fields.view';

/**
 * A form's fields checked as the API checks a request: the text checks of
 * its validation pipe (no NUL or control characters, bounded nesting), then
 * the route's own DTO class.
 */
export async function checkForm<T extends object>(
  type: new () => T,
  value: Record<string, unknown>,
): Promise<{ value: T; errors?: undefined } | { value?: undefined; errors: FieldError[] }> {
  const problems = inputProblems(value, '');
  if (problems.length) return { errors: problems };
  return readForm(type, value);
}

/** Whom a vacancy may name as its hiring managers and recruiters: their work needs the names. */
@Injectable()
export class VacancyPeople {
  constructor(private readonly users: UsersService) {}

  async load(): Promise<{ hiringManagers: Person[]; recruiters: Person[] }> {
    const [managers, recruiters] = await Promise.all([
      this.users.activeWithRole(Role.HiringManager),
      this.users.activeWithRole(Role.Recruiter),
    ]);
    const person = ({ id, name, email }: Person) => ({ id, name, email });
    return { hiringManagers: managers.map(person), recruiters: recruiters.map(person) };
  }
}
