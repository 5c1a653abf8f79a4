// Writes each in-repo service's schema.graphql from its code (run after the build): the SDL that
// composition reads. A partner's subgraph outside this repo commits its own schema.graphql instead.
const fs = require('node:fs');
const path = require('node:path');
const { localServices } = require('./services');

const root = path.join(__dirname, '..');

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  const { printSubgraphSdl } = require(path.join(root, 'packages', 'subgraph'));
  for (const { dir, package: name } of localServices(root)) {
    // The package entry exports buildSchema (the built code, as composition must see it).
    const sdl = printSubgraphSdl(await require(path.join(root, dir)).buildSchema());
    const file = path.join(root, dir, 'schema.graphql');
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === sdl) continue;
    if (check) {
      console.error(`${dir}/schema.graphql (${name}) differs from the service's code: run npm run compose`);
      stale++;
    } else {
      fs.writeFileSync(file, sdl);
      console.log(`wrote ${dir}/schema.graphql`);
    }
  }
  process.exit(stale ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
