import { Controller, Get } from '@nestjs/common';
import { Public } from '../src/common/auth/decorators';
import { bearer, makeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

@Controller('test-only')
class FailingController {
  @Public()
  @Get('crash')
  crash(): never {
    throw new Error('database password is hunter2');
  }
}

describe('HTTP conventions', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ controllers: [FailingController], env: { BODY_LIMIT: '4kb' } });
    token = (await makeUser(t)).token;
  });
  afterAll(() => t.close());

  function expectProblem(
    response: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    status: number,
    code: string,
  ) {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status,
      code,
      type: `urn:sift:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    });
    expect(typeof response.body.title).toBe('string');
    expect(typeof response.body.detail).toBe('string');
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
    expect(String(response.body.requestId).length).toBeGreaterThan(0);
  }

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await t.http().post('/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('answers unknown fields with 400 VALIDATION_FAILED naming every bad field', async () => {
    const response = await t.http().post('/auth/login').send({ email: 'not-an-email', password: 'x', isAdmin: true });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields).toEqual(['email', 'isAdmin']);
  });

  it('answers a body that is not an object with 400 VALIDATION_FAILED', async () => {
    const response = await t.http().post('/auth/login').send([1, 2, 3]);
    expectProblem(response, 400, 'VALIDATION_FAILED');
  });

  it('answers a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .send({ email: 'a@example.com', password: 'x'.repeat(5000) });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a missing token with 401 TOKEN_MISSING', async () => {
    expectProblem(await t.http().get('/users'), 401, 'TOKEN_MISSING');
  });

  it('answers a garbled token with 401 TOKEN_INVALID', async () => {
    expectProblem(await t.http().get('/users').set(bearer('not.a.token')), 401, 'TOKEN_INVALID');
    expectProblem(await t.http().get('/users').set('Authorization', 'Basic abc'), 401, 'TOKEN_INVALID');
  });

  it('answers a wrong role with 403 FORBIDDEN_ROLE', async () => {
    const response = await t.http().get('/users').set(bearer(token));
    expectProblem(response, 403, 'FORBIDDEN_ROLE');
    expect(response.body.detail).toContain('admin');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    expectProblem(await t.http().get('/no-such-thing'), 404, 'ROUTE_NOT_FOUND');
    expectProblem(await t.http().delete('/health'), 404, 'ROUTE_NOT_FOUND');
  });

  it('answers an unknown record with 404 and its own code', async () => {
    const admin = await makeUser(t, { roles: ['admin' as never] });
    expectProblem(
      await t.http().get('/users/00000000-0000-4000-8000-000000000000').set(bearer(admin.token)),
      404,
      'USER_NOT_FOUND',
    );
    expectProblem(await t.http().get('/users/not-a-uuid').set(bearer(admin.token)), 404, 'USER_NOT_FOUND');
  });

  it('answers an unexpected error with a bare 500 and logs it with the request id', async () => {
    const response = await t.http().get('/test-only/crash').set('X-Request-Id', 'trace-me-123');
    expectProblem(response, 500, 'INTERNAL_ERROR');
    expect(JSON.stringify(response.body)).not.toMatch(/hunter2|at .*\.ts|stack/i);
    const logged = t.logs.find((line) => line.requestId === 'trace-me-123' && line.level === 50);
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('hunter2');
  });

  it('keeps a sane caller request id and replaces an unsafe one', async () => {
    const kept = await t.http().get('/health').set('X-Request-Id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.http().get('/health').set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs each request as JSON with its request id', async () => {
    await t.http().get('/users').set(bearer(token)).set('X-Request-Id', 'log-line-check');
    const line = t.logs.find((entry) => entry.requestId === 'log-line-check' && entry.msg === 'request completed');
    expect(line).toMatchObject({ res: { statusCode: 403 } });
    expect(JSON.stringify(line)).not.toContain(token);
  });

  it('sends security headers', async () => {
    const response = await t.http().get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
