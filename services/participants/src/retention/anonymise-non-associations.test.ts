import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { PrismaClient, type CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of non-associations (PGlite, or PostgreSQL with TEST_DATABASE_URL): the note and the reasons of
// closing and reopening are words that may name either person, so they go when one of the two is
// anonymised; the pair, the reason code and the dates stay.
const CUTOFF = new Date('2025-06-01T00:00:00Z');
const LONG_AGO = new Date('2024-02-01T10:00:00Z');

describe(`retention of non-associations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let serial = 0;

  async function participant(status: CustodyStatus, statusChangedAt: Date | null) {
    const n = ++serial;
    const row = await prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: `N${n}`,
        firstName: `First${n}`,
        lastName: `Last${n}`,
        gender: 'MALE',
        legalStatus: 'CONVICTED',
        status,
        statusChangedAt,
        registeredBy: 'coordinator-1',
      },
    });
    return row.id;
  }

  async function pair(a: string, b: string) {
    const [participantAId, participantBId] = [a, b].sort();
    return prisma.nonAssociation.create({
      data: {
        prisonId: 'HAREN',
        participantAId,
        participantBId,
        reason: 'THREAT',
        note: 'Bedreigde hem op de wandeling.',
        openedBy: 'staff-1',
        changes: {
          create: [
            { action: 'OPENED', by: 'staff-1' },
            { action: 'CLOSED', by: 'staff-1', reason: 'Overgeplaatst naar een andere sectie.' },
            { action: 'REOPENED', by: 'staff-1', reason: 'Weer samen op de wandeling.' },
          ],
        },
      },
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase('participants', path.join(__dirname, '..', '..', 'prisma', 'migrations'));
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('clears the words of the non-associations of those due, on either side, and leaves the rest as it was', async () => {
    const released = await participant('RELEASED', LONG_AGO);
    const [staying, other, recent] = [
      await participant('IN_CUSTODY', null),
      await participant('IN_CUSTODY', null),
      await participant('TRANSFERRED', new Date('2025-10-01T00:00:00Z')),
    ];
    const due = await pair(released, staying);
    const kept = await pair(other, recent);
    const before = await prisma.nonAssociation.findMany({ include: { changes: { orderBy: { at: 'asc' } } }, orderBy: { id: 'asc' } });

    // One note and two reasons.
    expect(await countDue(prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 3 });
    expect(await anonymiseDue(prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 3 });

    const after = await prisma.nonAssociation.findMany({ include: { changes: { orderBy: { at: 'asc' } } }, orderBy: { id: 'asc' } });
    for (const [i, was] of before.entries()) {
      if (was.id === kept.id) expect(after[i]).toEqual(was);
      else
        expect(after[i]).toEqual({
          ...was,
          note: null,
          updatedAt: expect.any(Date),
          changes: was.changes.map((c) => ({ ...c, reason: null })),
        });
    }
    expect(after.find((n) => n.id === due.id)).toMatchObject({ reason: 'THREAT', closedAt: null });
    expect(await countDue(prisma, CUTOFF)).toMatchObject({ participants: 0, screeningNotes: 0 });
  });
});
