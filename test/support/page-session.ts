import request from 'supertest';
import { DEFAULT_PASSWORD } from './factories';
import { TestApp } from './test-app';

export type PageAgent = ReturnType<typeof request.agent>;

export interface SignedInPages {
  /** Keeps the session cookie like a browser. */
  agent: PageAgent;
  /** The session's CSRF token, as the sign-in page's next page carries it in <meta name="csrf-token">. */
  csrf: string;
}

/** The CSRF token a page carries (its forms' hidden field, or the meta element htmx reads). */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]*)"/.exec(html) ?? /<meta name="csrf-token" content="([^"]*)"/.exec(html);
  if (!match) throw new Error('No CSRF token in the page');
  return match[1];
}

/** Signs in through the sign-in form, as a browser would, and returns the agent and its CSRF token. */
export async function signedInPages(t: TestApp, email: string, password = DEFAULT_PASSWORD): Promise<SignedInPages> {
  const agent = request.agent(t.app.getHttpServer());
  const form = await agent.get('/sign-in').expect(200);
  await agent
    .post('/sign-in')
    .type('form')
    .send({ email, password, _csrf: csrfOf(form.text) })
    .expect(303);
  const settings = await agent.get('/settings').expect(200);
  return { agent, csrf: csrfOf(settings.text) };
}
