import { createTestApp, TestApp } from './support/test-app';

describe('API documentation', () => {
  let t: TestApp;
  let spec: {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown }>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme: string }> };
  };

  beforeAll(async () => {
    t = await createTestApp();
    spec = (await t.http().get('/docs/openapi.json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('serves Swagger UI at /docs without a token', async () => {
    const page = await t.http().get('/docs').redirects(1).expect(200);
    expect(page.text).toContain('swagger-ui');
  });

  it('is OpenAPI 3 with the bearer scheme', () => {
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.values(spec.components.securitySchemes)).toContainEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
  });

  it("has every DTO's schema and the problem format", () => {
    for (const name of [
      'LoginDto',
      'TokenDto',
      'ChangePasswordDto',
      'UserDto',
      'CreateUserDto',
      'UpdateUserDto',
      'ResetPasswordDto',
      'CreatedUserDto',
      'UserPageDto',
      'PasswordResetDto',
      'WhatIfDto',
      'WhatIfResultDto',
      'ScoreResultDto',
      'CriterionScoreDto',
      'CreateVacancyDto',
      'VacancyDto',
      'VacancyPageDto',
      'ApplyDto',
      'MoveDto',
      'ApplicationDto',
      'ShortlistPageDto',
      'Problem',
    ]) {
      expect(spec.components.schemas).toHaveProperty(name);
    }
  });

  it('marks the routes that need a token, and only those', () => {
    expect(spec.paths['/auth/login'].post.security).toBeUndefined();
    expect(spec.paths['/health'].get.security).toBeUndefined();
    // The invitation's link is the credential: whoever holds it sets the password.
    expect(spec.paths['/invitations/accept'].post.security).toBeUndefined();
    for (const [path, methods] of Object.entries(spec.paths)) {
      if (path === '/auth/login' || path === '/health' || path === '/invitations/accept') continue;
      for (const operation of Object.values(methods)) expect(operation.security).toEqual([{ bearer: [] }]);
    }
  });
});
