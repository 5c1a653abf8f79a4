#!/usr/bin/env node
// Runs `prisma generate` for the service in the current folder (its prisma/schema.prisma), offline; a
// service's `generate` script is `node ../../packages/db/bin/prisma-generate.js`. Plain JS, so it runs
// before anything is built.
//
// The CLI first downloads its native schema engine, which cannot work without network beyond npm. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download (generate never runs it); the client
// is built by the query compiler bundled as WebAssembly. Migrations use the engine's WebAssembly build
// instead (src/schema-engine.ts). Extra arguments are passed on (e.g. --watch).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const schema = path.join('prisma', 'schema.prisma');
if (!fs.existsSync(schema)) {
  console.error(`prisma-generate: no ${schema} in ${process.cwd()}`);
  process.exit(1);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  // No update check either: it is a network call too.
  CHECKPOINT_DISABLE: '1',
};
const cli = require.resolve('prisma/build/index.js', { paths: [process.cwd(), __dirname] });
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schema, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
