// The services of this repository, as the tools that run them see them (jest, `npm start`, the bench):
// the entries of infra/subgraphs.json that name a package, each with its workspace folder. An entry
// without a package is a partner's subgraph run elsewhere: composed and routed to, never started here.
// Plain JavaScript on purpose: jest reads it before anything is built. The entries themselves are
// checked by gateway/src/composition.ts (readSubgraphsConfig), which every build and CI run goes through.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** Every workspace of the root package.json (`packages/*`, `services/*`, `gateway`): its package name and folder. */
function workspaces(root = ROOT) {
  const { workspaces: patterns } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const folders = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return fs
      .readdirSync(path.join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  return folders
    .filter((folder) => fs.existsSync(path.join(root, folder, 'package.json')))
    .sort()
    .map((folder) => ({ name: JSON.parse(fs.readFileSync(path.join(root, folder, 'package.json'), 'utf8')).name, dir: folder }));
}

/** The subgraphs of infra/subgraphs.json (or another config file) that this repository runs, in its order. */
function localServices(root = ROOT, configFile = path.join(root, 'infra', 'subgraphs.json')) {
  const byPackage = new Map(workspaces(root).map((workspace) => [workspace.name, workspace.dir]));
  return JSON.parse(fs.readFileSync(configFile, 'utf8'))
    .filter((entry) => entry.package)
    .map((entry) => {
      const dir = byPackage.get(entry.package);
      if (!dir)
        throw new Error(`${path.basename(configFile)}: ${entry.name}'s package ${entry.package} is not a workspace of this repository.`);
      return { name: entry.name, url: entry.url, package: entry.package, dir };
    });
}

module.exports = { workspaces, localServices };
