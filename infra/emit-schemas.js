// Writes each in-repo service's schema.graphql from its code (run after the build): the SDL that
// composition reads. A partner's subgraph outside this repo commits its own schema.graphql instead.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const name of fs.readdirSync(path.join(root, 'services'))) {
    const built = path.join(root, 'services', name, 'dist', 'schema.js');
    if (!fs.existsSync(built)) continue;
    const { printSubgraphSdl } = require(path.join(root, 'packages', 'subgraph'));
    const sdl = printSubgraphSdl(await require(built).buildSchema());
    const file = path.join(root, 'services', name, 'schema.graphql');
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === sdl) continue;
    if (check) {
      console.error(`services/${name}/schema.graphql differs from the service's code: run npm run compose`);
      stale++;
    } else {
      fs.writeFileSync(file, sdl);
      console.log(`wrote services/${name}/schema.graphql`);
    }
  }
  process.exit(stale ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
