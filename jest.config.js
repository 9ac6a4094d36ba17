// Jest cannot require() the ESM-only @nestjs packages on Node 20, so @swc/jest
// compiles them (and our TypeScript) to CommonJS with decorator metadata.
const { availableParallelism } = require('node:os');
const swcOptions = require('./test/support/swc-options');

const swc = ['@swc/jest', { ...swcOptions, sourceMaps: 'inline' }];

const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/support/env.ts'],
};

module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // Jest's default on two cores is one worker; most files wait on a database, a browser or a socket more than they
  // compute, and two workers took the end-to-end suite on PostgreSQL from 10.6 to 4.2 minutes and the browser suite
  // from about 11 to 6.5. On more cores, one is left to the databases and browsers the tests start.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // What each file leaves behind (a Nest app's modules, a browser's buffers) added up past the heap's 4 GB over some
  // 250 files in one process; a worker is replaced once it holds more than this after a file.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/migrations/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/unit-setup.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/e2e-setup.ts'],
    },
    // Two API processes and two workers as real child processes, with faults (test/cluster/support/cluster.ts).
    {
      ...common,
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
    },
    // Pages in Debian's Chromium: one browser per file (see test/browser/support/browser.ts).
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/setup.ts'],
    },
  ],
};
