// npm run db:migrate [-- --service NAME]: applies the committed migrations of one or every service, to the
// database its configuration names (PostgreSQL URL, else PGlite in .data/<service>).
import { migrate } from '../migrations';
import { openDatabase } from '../open';
import { databaseUrlFor, servicesWithDatabases } from '../paths';
import { parseArgs } from './args';

async function main() {
  const { service } = parseArgs(process.argv.slice(2), ['service']);
  const services = servicesWithDatabases().filter((s) => !service || s.name === service);
  if (!services.length) throw new Error(`No service ${service} with a prisma/schema.prisma.`);
  for (const { name, migrationsDir } of services) {
    const db = await openDatabase({ service: name, url: databaseUrlFor(name) });
    try {
      const applied = await migrate(db, migrationsDir);
      console.log(`${name}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
    } finally {
      await db.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
