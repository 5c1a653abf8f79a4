import { CUTOFF, LONG_AGO, databaseName, retentionWorld } from '../../test/retention-world';
import type { CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of non-associations (PGlite, or PostgreSQL with TEST_DATABASE_URL): the note and the reasons of
// closing and reopening are words that may name either person, so they go when one of the two is
// anonymised; the pair, the reason code and the dates stay.

describe(`retention of non-associations (${databaseName()})`, () => {
  const world = retentionWorld('N');

  const participant = async (status: CustodyStatus, statusChangedAt: Date | null) => (await world.participant(status, statusChangedAt)).id;

  async function pair(a: string, b: string) {
    const [participantAId, participantBId] = [a, b].sort();
    return world.prisma.nonAssociation.create({
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

  it('clears the words of the non-associations of those due, on either side, and leaves the rest as it was', async () => {
    const released = await participant('RELEASED', LONG_AGO);
    const [staying, other, recent] = [
      await participant('IN_CUSTODY', null),
      await participant('IN_CUSTODY', null),
      await participant('TRANSFERRED', new Date('2025-10-01T00:00:00Z')),
    ];
    const due = await pair(released, staying);
    const kept = await pair(other, recent);
    const before = await world.prisma.nonAssociation.findMany({ include: { changes: { orderBy: { at: 'asc' } } }, orderBy: { id: 'asc' } });

    // One note and two reasons.
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 3 });
    expect(await anonymiseDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 3 });

    const after = await world.prisma.nonAssociation.findMany({ include: { changes: { orderBy: { at: 'asc' } } }, orderBy: { id: 'asc' } });
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
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 0, screeningNotes: 0 });
  });
});
