import { BRIDGED_PACKAGES } from './test/jest/esm-bridge.mjs';

// Jest runs in native ESM mode (NestJS 12 packages are ESM-only); swc strips the types.
const swc = [
  '@swc/jest',
  {
    // .swcrc excludes *.spec.ts from the build; Jest must not inherit that.
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // Sources import siblings as './x.js' (NodeNext); map those back to the .ts files.
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The workspace package's TypeScript, not its build: a test run needs no `npm run build` first.
    '^@medchat/mongo-wire-server$': '<rootDir>/packages/mongo-wire-server/src/index.ts',
    // See test/jest/esm-bridge.mjs: a CommonJS package that requires ESM-only NestJS.
    ...Object.fromEntries(
      Object.entries(BRIDGED_PACKAGES).map(([name, file]) => [`^${name.replace('/', '\\/')}$`, file]),
    ),
  },
};
export default {
  // Integration tests boot whole apps and child processes; this is a hang guard, not a speed target.
  testTimeout: 60000,
  // On 2 cores Jest would run every file in band, inside its own process; in ESM mode each file's
  // module graph then stays there (4.6 GB by half the suite, and most of the time went to GC).
  // Two workers, each replaced once it holds more than 1 GB, keep the run fast and small.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  // At the end Jest asks each worker to exit and kills it if it has not within this time (500 ms by
  // default), then warns of "tests leaking due to improper teardown". A worker holding up to 1 GB
  // reaches its exit event within 150 ms of being asked, with nothing open but its IPC pipe, yet on a
  // loaded 2-core host the process takes 0.4-1.1 s more to go (its memory freed by Node and the
  // kernel): the warning then named no leak. A worker that really leaks is still killed and reported.
  workerGracefulExitTimeout: 10_000,
  globalSetup: './test/jest/global-setup.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/packages/*/test/**/*.test.ts'],
    },
  ],
};
