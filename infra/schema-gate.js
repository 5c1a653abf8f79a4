// The breaking-change gate: the API schema of gateway/supergraph.graphql against the one client teams build
// on, gateway/api-baseline.graphql (run after the build: the logic is gateway/src/schema-gate*.ts).
//   node infra/schema-gate.js                        fail on a breaking change of a coordinate never deprecated (CI)
//   node infra/schema-gate.js --supergraph <file>    judge another supergraph file (a trial copy)
//   node infra/schema-gate.js --base <git revision>  compare with gateway/supergraph.graphql at that revision instead
//   node infra/schema-gate.js --accept               record the current API schema as the baseline (refused when breaking)
//   node infra/schema-gate.js --accept-breaking      record it even then: a break every client team agreed to
const path = require('node:path');

let runSchemaGate;
try {
  ({ runSchemaGate } = require(path.join(__dirname, '..', 'gateway', 'dist', 'schema-gate-command.js')));
} catch {
  console.error('gateway/dist/schema-gate-command.js is missing: build first (npm run build).');
  process.exit(1);
}

const args = process.argv.slice(2);
const valueOf = (flag) => {
  const index = args.indexOf(flag);
  if (index === -1) return undefined;
  if (!args[index + 1] || args[index + 1].startsWith('--')) {
    console.error(`${flag} needs a value.`);
    process.exit(2);
  }
  return args[index + 1];
};
const supergraph = valueOf('--supergraph');

runSchemaGate({
  supergraphFile: supergraph && path.resolve(process.env.INIT_CWD ?? process.cwd(), supergraph),
  base: valueOf('--base'),
  accept: args.includes('--accept'),
  acceptBreaking: args.includes('--accept-breaking'),
}).then(
  (result) => {
    for (const line of result.lines) (result.ok ? console.log : console.error)(line);
    process.exit(result.ok ? 0 : 1);
  },
  (error) => {
    console.error(`schema gate: ${error.message}`);
    process.exit(1);
  },
);
