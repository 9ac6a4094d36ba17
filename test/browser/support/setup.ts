// A journey launches pages and runs axe on each: seconds, not the unit tests' milliseconds.
jest.setTimeout(30_000);
