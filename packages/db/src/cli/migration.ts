// npm run db:migration -- --service activities --name add_x: writes the next migration of a service from
// the difference between its committed migrations and its schema.prisma. Needs no database server: the
// engine replays the migrations on a scratch in-memory PGlite.
import { createMigration } from '../migrations';
import { openDatabase } from '../open';
import { servicesWithDatabases } from '../paths';
import { parseArgs } from './args';

async function main() {
  const { service, name } = parseArgs(process.argv.slice(2), ['service', 'name']);
  const target = servicesWithDatabases().find((s) => s.name === service);
  if (!target || !name) throw new Error('Usage: npm run db:migration -- --service <service> --name <snake_case_name>');
  const scratch = await openDatabase({ service, inMemory: true });
  try {
    const dir = await createMigration({ db: scratch, migrationsDir: target.migrationsDir, name });
    console.log(
      dir ? `wrote ${dir}/migration.sql — review it and commit it with the schema` : 'no changes: the schema matches the migrations',
    );
  } finally {
    await scratch.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
