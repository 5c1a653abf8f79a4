// A generated Prisma client (test/probe, generated offline by bin/prisma-generate.js) running on the
// database openDatabase gives, with its statements counted exactly and alike on PGlite and PostgreSQL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMigration, migrate } from '../src/migrations';
import { onPostgres, scratchDatabase } from './scratch';

const PROBE = path.join(__dirname, 'probe');

describe(`a generated Prisma client on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let prisma: any;
  let migrationsDir: string;

  beforeAll(async () => {
    const generated = spawnSync(process.execPath, [path.join(__dirname, '..', 'bin', 'prisma-generate.js')], {
      cwd: PROBE,
      encoding: 'utf8',
    });
    expect(generated.stderr + generated.stdout).toContain('Generated Prisma Client');
    migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-probe-'));
    db = await scratchDatabase();
    await createMigration({ db, schemaPath: path.join(PROBE, 'prisma', 'schema.prisma'), migrationsDir, name: 'init' });
    await migrate(db, migrationsDir);
    const { PrismaClient } = require('./probe/src/generated/prisma/client');
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
    fs.rmSync(migrationsDir, { recursive: true, force: true });
  });

  const counted = async (work: () => Promise<unknown>) => {
    db.statements.reset();
    await work();
    return db.statements.count;
  };

  it('counts one statement per query, however many rows it touches', async () => {
    expect(await counted(() => prisma.shelf.create({ data: { id: 's1', name: 'Poetry' } }))).toBe(1);
    expect(
      await counted(() => prisma.book.createMany({ data: [1, 2, 3].map((i) => ({ id: `b${i}`, title: `Book ${i}`, shelfId: 's1' })) })),
    ).toBe(1);
    const few = await counted(() => prisma.shelf.findMany({ include: { books: true } }));
    await prisma.book.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, title: `More ${i}`, shelfId: 's1' })) });
    const many = await counted(() => prisma.shelf.findMany({ include: { books: true } }));
    expect(many).toBe(few);
    expect(await prisma.book.count()).toBe(53);
  });

  it('counts a transaction as its statements plus BEGIN and COMMIT, the same on both databases', async () => {
    const statements = await counted(() =>
      prisma.$transaction(async (tx: any) => {
        await tx.shelf.create({ data: { id: 's2', name: 'Prose' } });
        await tx.book.update({ where: { id: 'b1' }, data: { shelfId: 's2' } });
      }),
    );
    expect(statements).toBe(2 + 2);
  });

  it('counts a rolled back transaction with its ROLLBACK, and leaves nothing behind', async () => {
    const statements = await counted(() =>
      prisma
        .$transaction(async (tx: any) => {
          await tx.shelf.create({ data: { id: 's3', name: 'Gone' } });
          throw new Error('changed my mind');
        })
        .catch(() => undefined),
    );
    expect(statements).toBe(1 + 2);
    expect(await prisma.shelf.findUnique({ where: { id: 's3' } })).toBeNull();
  });

  it('serves concurrent queries and transactions (PGlite has one connection and queues them)', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        prisma.$transaction(async (tx: any) => {
          const count = await tx.book.count({ where: { shelfId: 's2' } });
          await tx.book.create({ data: { id: `t${i}`, title: `${count}`, shelfId: 's2' } });
        }),
      ),
    );
    expect(await prisma.book.count({ where: { shelfId: 's2' } })).toBe(11);
  });
});
