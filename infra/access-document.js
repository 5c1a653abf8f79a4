// Writes docs/ACCESS.md, who may see what (roles × data categories), from every service's policy module
// (run after the build). `--check` fails when the committed document no longer says what the code does.
const fs = require('node:fs');
const path = require('node:path');
const { localServices } = require('./services');

const root = path.join(__dirname, '..');
const file = path.join(root, 'docs', 'ACCESS.md');

function policies() {
  return localServices(root)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, dir }) => {
      const built = path.join(root, dir, 'dist', 'policy.js');
      if (!fs.existsSync(built)) throw new Error(`${dir} has no policy module (src/policy.ts): every service needs one.`);
      const policy = Object.values(require(built)).find((value) => value && value.service === name && value.rules);
      if (!policy) throw new Error(`${dir}/src/policy.ts exports no policy for the service "${name}".`);
      return policy;
    });
}

function main() {
  const { renderAccessDocument } = require(path.join(root, 'packages', 'subgraph'));
  const document = renderAccessDocument(policies());
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === document) return;
  if (process.argv.includes('--check')) {
    console.error('docs/ACCESS.md differs from the services’ policy modules: run npm run access-document');
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, document);
  console.log('wrote docs/ACCESS.md');
}

main();
