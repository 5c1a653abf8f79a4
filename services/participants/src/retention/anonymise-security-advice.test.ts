import { CUTOFF, LONG_AGO, databaseName, retentionWorld } from '../../test/retention-world';
import type { CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of the prison's security advice (PGlite, or PostgreSQL with TEST_DATABASE_URL): its conditions and
// reason are words about the person and go with the rest of their record; the advice (a code), its status
// and dates stay.

describe(`retention of security advice (${databaseName()})`, () => {
  const world = retentionWorld('S');

  async function withAdvice(status: CustodyStatus, statusChangedAt: Date | null) {
    const { id: participantId, n } = await world.participant(status, statusChangedAt);
    const enrolment = await world.prisma.enrolment.create({
      data: { participantId, activityId: 'a1', status: 'REJECTED', idempotencyKey: `s-${n}` },
    });
    return world.prisma.securityAdviceRequest.create({
      data: {
        prisonId: 'HAREN',
        enrolmentId: enrolment.id,
        participantId,
        activityId: 'a1',
        dueOn: LONG_AGO,
        status: 'GIVEN',
        advice: 'UNFAVOURABLE',
        conditions: `First${n} niet samen met sectie C.`,
        reason: `First${n} bedreigde een medegedetineerde.`,
        givenBy: 'staff-1',
        givenAt: LONG_AGO,
      },
    });
  }

  it('clears the conditions and reason of those due, keeps the advice and dates, and leaves everyone else as they are', async () => {
    const due = await withAdvice('RELEASED', LONG_AGO);
    await withAdvice('IN_CUSTODY', null);
    const before = await world.prisma.securityAdviceRequest.findMany({ orderBy: { id: 'asc' } });

    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 1 });
    expect(await anonymiseDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 1 });

    const after = await world.prisma.securityAdviceRequest.findMany({ orderBy: { id: 'asc' } });
    for (const [i, was] of before.entries())
      expect(after[i]).toEqual(was.id === due.id ? { ...was, conditions: null, reason: null, updatedAt: expect.any(Date) } : was);
    expect(after.find((r) => r.id === due.id)).toMatchObject({ advice: 'UNFAVOURABLE', status: 'GIVEN', givenAt: LONG_AGO });
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 0, screeningNotes: 0 });
  });
});
