import { CUTOFF, LONG_AGO, databaseName, retentionWorld } from '../../test/retention-world';
import type { CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of dropout follow-ups (PGlite, or PostgreSQL with TEST_DATABASE_URL): the conversation's note
// is words about the person and goes with the rest of their record; the day, the reason codes, the
// outcome and how it closed stay, for the figures.

describe(`retention of follow-ups (${databaseName()})`, () => {
  const world = retentionWorld('F');

  async function withFollowUp(status: CustodyStatus, statusChangedAt: Date | null) {
    const { id: participantId, n } = await world.participant(status, statusChangedAt);
    const enrolment = await world.prisma.enrolment.create({
      data: { participantId, activityId: 'a1', status: 'DROPPED_OUT', idempotencyKey: `f-${n}` },
    });
    await world.prisma.dropoutFollowUp.create({
      data: {
        prisonId: 'HAREN',
        enrolmentId: enrolment.id,
        participantId,
        activityId: 'a1',
        trigger: 'DROPPED_OUT',
        status: 'DONE',
        closedAt: LONG_AGO,
        conversationHeldOn: new Date('2024-01-20T00:00:00Z'),
        conversationReasons: ['SCHEDULE_CLASH_WORK', 'HEALTH'],
        conversationOutcome: 'NEXT_EDITION',
        conversationNote: `First${n} werkt nu in de keuken.`,
        recordedBy: 'coordinator-1',
        recordedAt: LONG_AGO,
      },
    });
    return participantId;
  }

  it('clears the conversation notes of those due, keeps their codes, and leaves everyone else as they are', async () => {
    const due = await withFollowUp('RELEASED', LONG_AGO);
    const staying = await withFollowUp('IN_CUSTODY', null);
    const recent = await withFollowUp('TRANSFERRED', new Date('2025-10-01T00:00:00Z'));
    const before = await world.prisma.dropoutFollowUp.findMany({ orderBy: { id: 'asc' } });

    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, followUpNotes: 1 });
    expect(await anonymiseDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, followUpNotes: 1 });

    for (const [i, now] of (await world.prisma.dropoutFollowUp.findMany({ orderBy: { id: 'asc' } })).entries()) {
      const was = before[i];
      if (was.participantId !== due) expect(now).toEqual(was);
      else expect(now).toEqual({ ...was, conversationNote: null, updatedAt: expect.any(Date) });
    }
    expect([staying, recent]).not.toContain(due);
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 0, followUpNotes: 0 });
  });
});
