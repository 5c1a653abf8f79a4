/**
 * Two jest projects over every workspace of the root package.json:
 * - unit: `src/**\/*.test.ts`, the rules and helpers next to the code, no servers (`npm run test:unit`);
 * - e2e: `test/**\/*.test.ts`, each subgraph over HTTP and the whole graph through the gateway.
 * `npm test` runs both. Workspace packages are used from source, so a test never runs against a stale
 * build: `@cort/<package>` is its src/, and so is every service package named in infra/subgraphs.json
 * (with its `./events` catalogue), whatever its folder is called.
 */
const path = require('path');
const { localServices, workspaces } = require('./infra/services');

const services = localServices(__dirname);
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const fromSource = (name, dir) => [[`^${escape(name)}$`, path.join(__dirname, dir, 'src')]];

const servicePackages = new Set(services.map((service) => service.package));

const moduleNameMapper = Object.fromEntries([
  ...workspaces(__dirname)
    .filter(({ name }) => !servicePackages.has(name))
    .flatMap(({ name, dir }) => fromSource(name, dir)),
  ...services.flatMap((service) => [
    ...fromSource(service.package, service.dir),
    [`^${escape(service.package)}/events$`, path.join(__dirname, service.dir, 'src', 'events')],
    // The prisons as reference data (only the activities service has them): codes and regions, no request.
    [`^${escape(service.package)}/prisons$`, path.join(__dirname, service.dir, 'src', 'seed', 'prisons')],
    // A service's bulk steps for `npm run simulate` (infra/simulate), where it has them.
    [`^${escape(service.package)}/simulate$`, path.join(__dirname, service.dir, 'src', 'seed', 'simulate')],
  ]),
  // Prisma's generated client imports its siblings as './x.js'; in tests they are the .ts sources.
  ['^(\\.{1,2}/.*)\\.js$', '$1'],
]);

const roots = workspaces(__dirname).map(({ dir }) => path.join(__dirname, dir));

// infra/ is no workspace; its scripts are plain CommonJS, tested beside them (the unit project).
const INFRA = path.join(__dirname, 'infra');

const project = (displayName, folder, extra = []) => ({
  displayName,
  rootDir: __dirname,
  roots: [...roots, ...(extra.length ? [INFRA] : [])],
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  testMatch: [...roots.map((root) => path.join(root, folder, '**', '*.test.ts')), ...extra],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }],
  },
  moduleNameMapper,
});

module.exports = {
  projects: [project('unit', 'src', [path.join(INFRA, '**', '*.test.js')]), project('e2e', 'test')],
  maxWorkers: 2,
  // A test graph starts in 15–30 s alone; under CI's two workers a beforeAll starting one has taken over a minute.
  testTimeout: 120000,
};
