// Unit tests that start a worker thread (the CV text extractor) or read a large input wait on a machine that may be
// busy with other work; five seconds, Jest's default, is too short a bound for that, so they get the e2e tests' 20.
jest.setTimeout(20_000);
