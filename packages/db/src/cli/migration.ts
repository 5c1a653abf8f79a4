// npm run db:migration -- --service activities --name add_x: writes the next migration of a service from
// the difference between its committed migrations and its schema.prisma. Needs no database server.
import { createServiceMigration } from '../commands';
import { parseArgs, run } from './args';

run(async () => {
  const { service, name } = parseArgs(process.argv.slice(2), ['service', 'name']);
  if (!service || !name) throw new Error('Usage: npm run db:migration -- --service <service> --name <snake_case_name>');
  const dir = await createServiceMigration({ service, name });
  console.log(
    dir ? `wrote ${dir}/migration.sql — review it and commit it with the schema` : 'no changes: the schema matches the migrations',
  );
});
