import { randomUUID } from 'node:crypto';
import { Role } from '../src/common/auth/role';
import { as, bearer, makeCandidate, makeProfile, makeUser, MadeUser, makeVacancy } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Walks every operation of the OpenAPI document with classes of hostile input:
 * deeply nested bodies, malformed Unicode in every string field, arrays of the
 * wrong things in every array field, and ids that are not ids in every path
 * parameter, id query parameter and id field. None may answer 500.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathStep = string | number;

const LONE_SURROGATES = ['\ud800@x.io', 'a\udfffb', '\udc00'];
const WRONG_ITEMS: unknown[][] = [[[]], [[{}]], ['x'], [1], [null], [true]];
const ODD_IDS = [
  '999999999999',
  'x',
  '-1',
  '0',
  '1e3',
  "1'--",
  'ä',
  '\u0000',
  'null',
  '00000000-0000-0000-0000-00000000000g',
];
const DEEP_ARRAYS = '['.repeat(5000) + ']'.repeat(5000);
const DEEP_OBJECTS = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);

/** A path as the validation errors name it: `rounds[0].scorecard.questions`. */
function fieldName(at: PathStep[]): string {
  return at.reduce<string>(
    (path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step),
    '',
  );
}

/** A field that holds an id: declared as a UUID, or named like one (`candidateId`, `panel[0]` of ids). */
function isIdField(at: PathStep[], schema: Schema): boolean {
  const [last, before] = [at[at.length - 1], at[at.length - 2]];
  return (
    schema.format === 'uuid' ||
    /Id$/.test(String(last)) ||
    (typeof last === 'number' && /Ids$|^panel$/.test(String(before)))
  );
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let spec: Spec;
  let admin: MadeUser;
  let other: MadeUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    spec = (await t.http().get('/docs/openapi.json').expect(200)).body;
    admin = await makeUser(t, { roles: [Role.Admin, Role.Recruiter, Role.HiringManager, Role.Interviewer] });
    other = await makeUser(t, { roles: [Role.Interviewer] });
    const api = as(t, admin.token);
    const candidate = await makeCandidate(t, admin.token);
    const fact = await api.post(`/candidates/${candidate.id}/facts`, {
      kind: 'language',
      source: 'recruiter',
      data: { language: 'en', level: 'C1' },
    });
    const profile = await makeProfile(t, admin.token);
    const vacancy = await makeVacancy(
      t,
      admin.token,
      { roleProfileId: profile.id, hiringManagerIds: [admin.user.id] },
      { open: true },
    );
    const application = (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })).body;
    await api.post(`/applications/${application.id}/moves`, { stage: 'screening' });
    await api.post(`/applications/${application.id}/moves`, { stage: 'interview', roundId: vacancy.rounds[0].id });
    const interview = await api.post(`/applications/${application.id}/interviews`, {
      roundId: vacancy.rounds[0].id,
      startsAt: '2026-12-14T09:30:00Z',
      panel: [admin.user.id, other.user.id],
    });
    const scorecard = await api.post(`/interviews/${interview.body.id}/scorecards`, { ratings: [] });
    Object.assign(ids, {
      users: other.user.id,
      candidates: candidate.id,
      facts: fact.body.id ?? randomUUID(),
      'role-profiles': profile.id,
      versions: '1',
      templates: 'accountmanager-b',
      vacancies: vacancy.id,
      applications: application.id,
      interviews: interview.body.id ?? randomUUID(),
      scorecards: scorecard.body.id ?? randomUUID(),
      roundId: vacancy.rounds[0].id,
    });
  }, 60_000);
  afterAll(() => t.close());

  function operations(): { method: Method; path: string; operation: Operation }[] {
    return Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ method: method as Method, path, operation })),
    );
  }

  /** The path with each parameter filled by a real id of its kind, or `odd` for the one named. */
  function fill(path: string, odd?: { name: string; value: string }): string {
    return path.replace(/\{(\w+)\}/g, (_match, name: string, offset: number) => {
      if (odd?.name === name) return encodeURIComponent(odd.value);
      const segment = path.slice(0, offset).split('/').filter(Boolean).pop() ?? '';
      return ids[segment] ?? randomUUID();
    });
  }

  function resolve(schema: Schema): Schema {
    if (schema.$ref) return resolve(spec.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf?.length) return resolve(schema.allOf[0]);
    return schema;
  }

  /** A plausible value for a schema: the example, the first choice, or a value of its type. */
  function sample(raw: Schema, depth = 0): unknown {
    const schema = resolve(raw);
    if (schema.example !== undefined) return schema.example;
    if (schema.enum?.length) return schema.enum[0];
    if (depth > 6) return undefined;
    switch (schema.type) {
      case 'string':
        if (schema.format === 'uuid') return ids.roundId;
        if (schema.format === 'email') return 'fuzz@example.com';
        if (schema.format === 'date-time') return '2026-12-14T09:30:00Z';
        return 'x';
      case 'number':
      case 'integer':
        return 1;
      case 'boolean':
        return true;
      case 'array':
        return schema.items ? [sample(schema.items, depth + 1)] : [];
      default:
        return Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value, depth + 1)]),
        );
    }
  }

  /** Every place in a sample body where a field of the given kind sits. */
  function leaves(value: unknown, raw: Schema, at: PathStep[] = []): { at: PathStep[]; schema: Schema }[] {
    const schema = resolve(raw);
    const here = [{ at, schema }];
    if (Array.isArray(value) && schema.items) {
      return [...here, ...value.flatMap((item, index) => leaves(item, schema.items!, [...at, index]))];
    }
    if (value && typeof value === 'object' && schema.properties) {
      return [
        ...here,
        ...Object.entries(schema.properties).flatMap(([key, property]) =>
          leaves((value as Record<string, unknown>)[key], property, [...at, key]),
        ),
      ];
    }
    return here;
  }

  function replaced(body: unknown, at: PathStep[], value: unknown): unknown {
    if (at.length === 0) return value;
    const copy = structuredClone(body) as Record<PathStep, unknown>;
    let node = copy;
    for (const step of at.slice(0, -1)) node = node[step] as Record<PathStep, unknown>;
    node[at[at.length - 1]] = value;
    return copy;
  }

  function send(method: Method, url: string, body?: unknown, raw?: string) {
    // Changing a password revokes the tokens issued before it: use the other user's.
    const token = url === '/auth/password' ? other.token : admin.token;
    const request = t.http()[method](url).set(bearer(token));
    if (raw !== undefined) return request.set('Content-Type', 'application/json').send(raw);
    return body === undefined ? request : request.send(body as object);
  }

  function jsonOperations() {
    return operations().flatMap(({ method, path, operation }) => {
      const schema = operation.requestBody?.content['application/json']?.schema;
      return schema ? [{ method, path, schema }] : [];
    });
  }

  async function failures(
    cases: { method: Method; url: string; body?: unknown; raw?: string; label: string }[],
  ): Promise<string[]> {
    const bad: string[] = [];
    for (const { method, url, body, raw, label } of cases) {
      const response = await send(method, url, body, raw);
      if (response.status >= 500) bad.push(`${method.toUpperCase()} ${url} ${label} -> ${response.status}`);
    }
    return bad;
  }

  it('answers deeply nested bodies with 400 at every JSON operation', async () => {
    const cases = jsonOperations().flatMap(({ method, path, schema }) => {
      const url = fill(path);
      const first = Object.keys(resolve(schema).properties ?? { a: {} })[0];
      return [
        { method, url, raw: DEEP_ARRAYS, label: '5,000 nested arrays' },
        { method, url, raw: DEEP_OBJECTS, label: '3,000 nested objects' },
        { method, url, raw: `{"${first}":${DEEP_ARRAYS}}`, label: `${first}: 5,000 nested arrays` },
        { method, url, raw: `{"${first}":${DEEP_OBJECTS}}`, label: `${first}: 3,000 nested objects` },
      ];
    });
    const bad = await failures(cases);
    expect(bad).toEqual([]);
    const statuses = await Promise.all(cases.slice(0, 4).map((c) => send(c.method, c.url, undefined, c.raw)));
    expect(statuses.map((response) => response.status)).toEqual([400, 400, 400, 400]);
  }, 120_000);

  it('answers malformed Unicode in any string field with 4xx at every JSON operation', async () => {
    const cases = jsonOperations().flatMap(({ method, path, schema }) => {
      const body = sample(schema);
      return leaves(body, schema)
        .filter(({ schema: leaf }) => leaf.type === 'string' || leaf.type === undefined)
        .flatMap(({ at }) =>
          LONE_SURROGATES.map((text) => ({
            method,
            url: fill(path),
            body: replaced(body, at, text),
            label: `${at.join('.') || '(body)'}=${JSON.stringify(text)}`,
          })),
        );
    });
    expect(cases.length).toBeGreaterThan(100);
    expect(await failures(cases)).toEqual([]);
  }, 240_000);

  it('answers arrays holding the wrong things with 4xx at every JSON operation', async () => {
    const cases = jsonOperations().flatMap(({ method, path, schema }) => {
      const body = sample(schema);
      return leaves(body, schema)
        .filter(({ schema: leaf }) => leaf.type === 'array')
        .flatMap(({ at }) =>
          WRONG_ITEMS.map((items) => ({
            method,
            url: fill(path),
            body: replaced(body, at, items),
            label: `${at.join('.')}=${JSON.stringify(items)}`,
          })),
        );
    });
    expect(cases.length).toBeGreaterThan(50);
    expect(await failures(cases)).toEqual([]);
  }, 240_000);

  it('names the array when a list of nested objects holds anything but objects', async () => {
    const unnamed: string[] = [];
    let checked = 0;
    for (const { method, path, schema } of jsonOperations()) {
      const body = sample(schema);
      const arrays = leaves(body, schema).filter(({ schema: leaf }) => leaf.type === 'array' && leaf.items?.$ref);
      for (const { at } of arrays)
        for (const items of [[[]], ['x'], [1], [null]]) {
          checked += 1;
          const response = await send(method, fill(path), replaced(body, at, items));
          const field = fieldName(at);
          const fields = ((response.body.errors ?? []) as { field: string }[]).map((error) => error.field);
          if (response.status !== 400 || !fields.includes(field)) {
            unnamed.push(`${method.toUpperCase()} ${path} ${field}=${JSON.stringify(items)} -> ${response.status}`);
          }
        }
    }
    expect(checked).toBeGreaterThan(20);
    expect(unnamed).toEqual([]);
  }, 120_000);

  it('answers ids that are not ids with 4xx in every path, query and body id', async () => {
    const cases = operations().flatMap(({ method, path, operation }) => {
      const schema = operation.requestBody?.content['application/json']?.schema;
      const body = schema ? sample(schema) : undefined;
      const inPath = (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'path')
        .flatMap(({ name }) =>
          ODD_IDS.map((value) => ({ method, url: fill(path, { name, value }), body, label: `${name}=${value}` })),
        );
      const inQuery = (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query' && /Id$/.test(parameter.name))
        .flatMap(({ name }) =>
          ODD_IDS.map((value) => ({
            method,
            url: `${fill(path)}?${name}=${encodeURIComponent(value)}`,
            body,
            label: `?${name}=${value}`,
          })),
        );
      const inBody = schema
        ? leaves(body, schema)
            .filter(({ at, schema: leaf }) => leaf.type === 'string' && isIdField(at, leaf))
            .flatMap(({ at }) =>
              ODD_IDS.map((value) => ({
                method,
                url: fill(path),
                body: replaced(body, at, value),
                label: `${at.join('.')}=${value}`,
              })),
            )
        : [];
      return [...inPath, ...inQuery, ...inBody];
    });
    expect(cases.length).toBeGreaterThan(500);
    expect(await failures(cases)).toEqual([]);
  }, 300_000);
});
