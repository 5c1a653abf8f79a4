/** What an upsert needs of a Prisma client or transaction. */
export interface RawExecutor {
  $executeRawUnsafe(sql: string, ...values: unknown[]): PromiseLike<number>;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts `rows` into `table`, or updates the row of the same `key`, in one statement: what upserting
 * them one by one, in order, would leave, when each upsert writes every column it is given (a key given
 * twice keeps its last row). For a feed's runs of events, where one statement per event is the cost.
 * The rows go as one JSON parameter read with the table's own row type (jsonb_populate_recordset), so
 * each value is converted as the table declares its column (a Date as its ISO string); every row has the
 * first row's columns, and the columns they lack keep their default on insert and their value on update.
 */
export async function upsertRows<Row extends object>(
  db: RawExecutor,
  table: string,
  key: readonly (keyof Row & string)[],
  given: readonly Row[],
) {
  if (!given.length) return;
  const rows = given as readonly Record<string, unknown>[];
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(key.map((column) => row[column]));
  const last = [...new Map(rows.map((row) => [keyOf(row), row])).values()];
  const columns = Object.keys(rows[0]);
  const list = columns.map(quoted).join(', ');
  const updated = columns.filter((column) => !(key as readonly string[]).includes(column));
  const onConflict = updated.length
    ? `DO UPDATE SET ${updated.map((column) => `${quoted(column)} = EXCLUDED.${quoted(column)}`).join(', ')}`
    : 'DO NOTHING';
  await db.$executeRawUnsafe(
    `INSERT INTO ${quoted(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${quoted(table)}, $1::jsonb)
     ON CONFLICT (${key.map(quoted).join(', ')}) ${onConflict}`,
    JSON.stringify(last),
  );
}
