// The build's `snapshot` task of a service with a database (turbo.json): its migrated PGlite data folder,
// made once per set of migrations on this machine and kept in node_modules/.cache/cort-pglite, so that the
// first `npm start` (and every new data folder) starts from it rather than migrate before listening.
import { snapshotServices } from '../commands';
import { snapshotsDir } from '../snapshots';
import { parseArgs, run } from './args';

run(async () => {
  const { service } = parseArgs(process.argv.slice(2), ['service']);
  for (const [name, done] of Object.entries(await snapshotServices({ service }))) {
    if (done === 'made') console.log(`${name}: migrated snapshot made`);
    // Not a failure of the build: each new data folder is then migrated at start, as without a snapshot.
    if (done === 'unsaved') console.warn(`${name}: migrated snapshot made but not saved (is ${snapshotsDir()} writable?)`);
  }
});
