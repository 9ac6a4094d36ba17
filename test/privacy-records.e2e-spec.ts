import { Role } from '../src/common/auth/role';
import { DATA_CATEGORIES, NOT_PERSONAL } from '../src/privacy/processing-categories';
import { as, makeUser, MadeUser } from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/** Every table of the schema with its columns, as the database reports them. */
async function schemaOf(t: TestApp): Promise<Map<string, string[]>> {
  const rows: { table: string; column: string }[] =
    t.dataSource.options.type === 'postgres'
      ? await t.dataSource.query(
          `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
            WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
        )
      : await t.dataSource.query(
          `SELECT m.name AS "table", c.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid`,
        );
  const schema = new Map<string, string[]>();
  for (const { table, column } of rows) schema.set(table, [...(schema.get(table) ?? []), column]);
  return schema;
}

describe('the records of processing (GDPR art. 30)', () => {
  let t: TestApp;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp({ env: { FAIRNESS_MANAGERS_SEE_REPORTS: 'true', SESSION_TTL: '2h' } });
    admin = await makeUser(t, { roles: [Role.Admin] });
  });
  afterAll(() => t?.close());

  it('names every column of every table in the schema in one category, or the table as holding no personal data', async () => {
    const schema = await schemaOf(t);
    const placed = new Map<string, string[]>();
    for (const category of DATA_CATEGORIES)
      for (const [table, columns] of Object.entries(category.tables))
        for (const column of columns)
          placed.set(`${table}.${column}`, [...(placed.get(`${table}.${column}`) ?? []), category.key]);

    const unplaced: string[] = [];
    for (const [table, columns] of schema) {
      if (table in NOT_PERSONAL) continue;
      for (const column of columns) if (!placed.has(`${table}.${column}`)) unplaced.push(`${table}.${column}`);
    }
    // A new table or column that may hold personal data fails here until the registry says what it is.
    expect(unplaced).toEqual([]);
    const twice = [...placed].filter(([, keys]) => keys.length > 1).map(([column]) => column);
    expect(twice).toEqual([]);
    const gone = [...placed.keys()].filter((name) => {
      const [table, column] = name.split('.');
      return !schema.get(table)?.includes(column);
    });
    expect(gone).toEqual([]);
    expect(Object.keys(NOT_PERSONAL).filter((table) => !schema.has(table))).toEqual([]);
  });

  it('reads retention, folders and readers from the running configuration', async () => {
    const { body } = await as(t, admin.token).get('/privacy/records').expect(200);
    const record = (key: string) => body.records.find((one: { category: string }) => one.category === key);
    expect(record('staffSignIn').retention).toContainEqual({
      rule: 'sessionIdle',
      setting: 'SESSION_TTL',
      value: 7200,
    });
    expect(record('cvFiles').folders).toEqual([{ setting: 'CV_STORAGE_DIR', path: t.settings.cv.storageDir }]);
    // No SMTP_URL: mails are kept as files.
    expect(record('mails').folders).toEqual([{ setting: 'MAIL_OUTBOX_DIR', path: t.settings.mail.outboxDir }]);
    expect(record('mails').retention).toContainEqual({ rule: 'mailFilesKept' });
    expect(record('selfIdentification')).toMatchObject({ special: true, basis: 'explicitConsent' });
    expect(record('selfIdentification').readers).toContainEqual({
      roles: [Role.HiringManager],
      scope: 'aggregatesOwnVacancies',
    });
    expect(body.configuration).toContainEqual({ setting: 'FAIRNESS_MANAGERS_SEE_REPORTS', value: true });
  });

  it('is for admins only, over the API and as a page', async () => {
    for (const roles of [[Role.Recruiter], [Role.HiringManager], [Role.Interviewer], [Role.Compliance]]) {
      const user = await makeUser(t, { roles });
      await as(t, user.token).get('/privacy/records').expect(403);
    }
    await t.http().get('/privacy/records').expect(401);
    const pages = await signedInPages(t, admin.user.email);
    const page = await pages.agent.get('/admin/privacy').expect(200);
    expect(page.text).toContain('data-category="selfIdentification"');
    expect(page.text).toContain('<code>SESSION_TTL</code>: 2 h');
  });
});
