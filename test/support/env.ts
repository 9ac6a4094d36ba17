// Runs before every test file's imports.
process.env.TZ = 'UTC';
// Entity column types follow DATABASE_URL's dialect when their files load, so
// set it to the engine under test before anything imports an entity.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || 'sqlite:./data/unused-by-tests.db';
