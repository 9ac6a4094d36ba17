import type { Request, Response } from 'express';
import { SessionCookies } from './session-cookies';

function recorder() {
  const calls: { name: string; value?: string; options: Record<string, unknown> }[] = [];
  const response = {
    cookie: (name: string, value: string, options: Record<string, unknown>) => calls.push({ name, value, options }),
    clearCookie: (name: string, options: Record<string, unknown>) => calls.push({ name, options }),
  } as unknown as Response;
  return { calls, response };
}

describe('SessionCookies', () => {
  it('over http: HttpOnly, SameSite=Lax, not Secure, for the session’s lifetime', () => {
    const { calls, response } = recorder();
    new SessionCookies(false).setSession(response, 'token', 3600);
    expect(calls).toEqual([
      {
        name: 'sift_session',
        value: 'token',
        options: { httpOnly: true, sameSite: 'lax', secure: false, path: '/', maxAge: 3_600_000 },
      },
    ]);
  });

  it('over https: Secure, under the __Host- prefix', () => {
    const { calls, response } = recorder();
    const cookies = new SessionCookies(true);
    cookies.setSession(response, 'token', 60);
    const anonymous = cookies.setAnonymous(response);
    cookies.clearSession(response);
    expect(calls.map((call) => [call.name, call.options.secure, call.options.httpOnly])).toEqual([
      ['__Host-sift_session', true, true],
      ['__Host-sift_csrf', true, true],
      ['__Host-sift_session', true, true],
    ]);
    expect(anonymous).toMatch(/^[\w-]{43}$/);
  });

  it('reads only values of the shape it writes', () => {
    const cookies = new SessionCookies(false);
    const good = 'a'.repeat(43);
    const read = (cookie: string) => cookies.read({ headers: { cookie } } as Request);
    expect(read(`sift_session=${good}; sift_csrf=${good}`)).toEqual({ session: good, anonymous: good });
    expect(read(`sift_session=short; sift_csrf=${'b'.repeat(44)}`)).toEqual({
      session: undefined,
      anonymous: undefined,
    });
    expect(read(`__Host-sift_session=${good}`)).toEqual({ session: undefined, anonymous: undefined });
    expect(cookies.read({ headers: {} } as Request)).toEqual({ session: undefined, anonymous: undefined });
  });
});
