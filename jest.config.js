/** One jest run over every workspace: unit tests next to the code, integration tests in test/. */
const path = require('path');

const workspaces = [
  'packages/db',
  'packages/events',
  'packages/auth',
  'packages/subgraph',
  'packages/testing',
  'services/activities',
  'services/organisations',
  'services/participants',
  'services/reporting',
  'gateway',
];

const project = (dir) => ({
  displayName: dir,
  rootDir: path.join(__dirname, dir),
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }],
  },
  // Workspace packages are used from source in tests, so a test never runs against a stale build.
  moduleNameMapper: {
    '^@cort/(db|auth|events|subgraph|testing)$': path.join(__dirname, 'packages/$1/src'),
    // Prisma's generated client imports its siblings as './x.js'; in tests they are the .ts sources.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
});

module.exports = {
  projects: workspaces.map(project),
  maxWorkers: 2,
  testTimeout: 60000,
};
