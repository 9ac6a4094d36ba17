// An end-to-end test starts an app and talks to a real database over HTTP; on a
// small, busy machine one such test can pass the unit tests' five seconds.
jest.setTimeout(20_000);
