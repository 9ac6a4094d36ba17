import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { buildPageScene, PAGE_ACTORS, PageRoute, PageScene } from './support/page-roles/scene';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

/**
 * The role matrix of the pages: every page and form listed under
 * test/support/page-roles/ (one file per area), tried by every kind of user
 * and by a signed-out visitor. A new page joins by a row in its area's file.
 */
const ROUTES: PageRoute[] = readdirSync(join(__dirname, 'support', 'page-roles'))
  .filter((file) => file.endsWith('.ts') && file !== 'scene.ts')
  // Each area's file is found, not listed, so that a new area cannot be left out.
  .flatMap((file) => Object.values(areaRows(join(__dirname, 'support', 'page-roles', file))))
  .flat();

function areaRows(path: string): Record<string, PageRoute[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as Record<string, PageRoute[]>;
}

/** A scene that names its ids (":vacancyId"), for the tests' names. */
const NAMES = new Proxy({}, { get: (_target, key) => `:${String(key)}` }) as PageScene;

describe('who may use each page', () => {
  let t: TestApp;
  let scene: PageScene;

  beforeAll(async () => {
    t = await createTestApp();
    scene = await buildPageScene(t);
  });
  afterAll(() => t.close());

  it('lists the pages of every area', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(ROUTES.map((route) => [`${route.method} ${route.path(NAMES)}`, route] as const))(
    '%s',
    async (_name, route) => {
      const path = route.path(scene);
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const actor of PAGE_ACTORS) {
        const allowed = route.allowed.includes(actor);
        // A form is only posted by those it refuses, so that the matrix changes nothing.
        if (route.method === 'POST' && allowed) continue;
        const { agent, csrf } = scene.sessions[actor];
        const response =
          route.method === 'GET'
            ? await agent.get(path)
            : await agent
                .post(path)
                .type('form')
                .send({ ...(route.form?.(scene) ?? {}), _csrf: csrf });
        outcomes[actor] = response.status;
        // A compliance officer's role opens no page about a vacancy or a person: the role check refuses first.
        const refused = actor === 'compliance' ? 403 : (route.refused ?? 403);
        expected[actor] = allowed ? 200 : (route.refusedBy?.[actor] ?? refused);
        if (!allowed) expect(response.text).not.toMatch(/\n\s+at /);
      }
      const signedOut = route.method === 'GET' ? await request(t.app.getHttpServer()).get(path) : undefined;
      if (signedOut) {
        outcomes.signedOut = signedOut.status;
        expected.signedOut = 303;
        expect(signedOut.headers.location).toMatch(/^\/sign-in/);
      }
      expect({ path, outcomes }).toEqual({ path, outcomes: expected });
      // A manager and a panel member of vacancy B are told that a page of A they would see of B does not exist.
      for (const [own, ofB] of [
        ['hiringManager', 'otherManager'],
        ['interviewer', 'otherInterviewer'],
      ] as const) {
        if (route.allowed.includes(own) && !route.allowed.includes(ofB) && ofB in outcomes)
          expect({ path, [ofB]: outcomes[ofB] }).toEqual({ path, [ofB]: 404 });
      }
    },
  );
});
