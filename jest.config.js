// Jest cannot require() the ESM-only @nestjs packages on Node 20, so @swc/jest
// compiles them (and our TypeScript) to CommonJS with decorator metadata.
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
  // On two cores Jest runs every file in band, in its own process, one after the other, and what each file leaves
  // behind (a Nest app's modules, a browser's buffers) added up past the heap's 4 GB over some 250 files. With a
  // limit, files run in one worker process instead, replaced once it holds more than this after a file.
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
    // Pages in Debian's Chromium: one browser per file (see test/browser/support/browser.ts).
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/setup.ts'],
    },
  ],
};
