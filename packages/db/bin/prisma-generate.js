#!/usr/bin/env node
// Runs `prisma generate` for the service in the current folder, offline. The CLI tries to download its
// native schema engine first, which cannot work here; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file skips that download (generate never runs it). The client is built from the bundled WASM compiler.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const cli = require.resolve('prisma/build/index.js', { paths: [process.cwd(), __dirname] });
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', path.join('prisma', 'schema.prisma')], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
