// npm run db:migrate [-- --service NAME]: applies the committed migrations of one or every service, to the
// database its configuration names (PostgreSQL URL, else PGlite in .data/<service>).
import { migrateServices } from '../commands';
import { parseArgs, run } from './args';

run(async () => {
  const { service } = parseArgs(process.argv.slice(2), ['service']);
  const applied = await migrateServices({ service });
  for (const [name, names] of Object.entries(applied))
    console.log(`${name}: ${names.length ? `applied ${names.join(', ')}` : 'up to date'}`);
});
