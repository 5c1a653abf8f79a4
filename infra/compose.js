// Composes gateway/supergraph.graphql from infra/subgraphs.json and each subgraph's committed
// schema.graphql (run after the build: the logic is gateway/src/composition.ts).
//   node infra/compose.js           write the supergraph; composition errors are printed, exit 1
//   node infra/compose.js --check   write nothing; exit 1 when the committed supergraph is stale (CI)
const path = require('node:path');

let runCompose;
try {
  ({ runCompose } = require(path.join(__dirname, '..', 'gateway', 'dist', 'composition.js')));
} catch {
  console.error('gateway/dist/composition.js is missing: build first (npm run build).');
  process.exit(1);
}

const result = runCompose({ check: process.argv.includes('--check') });
if (result.hints.length && process.argv.includes('--hints')) for (const hint of result.hints) console.log(`hint: ${hint}`);
for (const message of result.messages) (result.ok ? console.log : console.error)(message);
process.exit(result.ok ? 0 : 1);
