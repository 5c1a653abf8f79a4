import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { PrismaClient, type CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of dropout follow-ups (PGlite, or PostgreSQL with TEST_DATABASE_URL): the conversation's note
// is words about the person and goes with the rest of their record; the day, the reason codes, the
// outcome and how it closed stay, for the figures.
const CUTOFF = new Date('2025-06-01T00:00:00Z');
const LONG_AGO = new Date('2024-02-01T10:00:00Z');

describe(`retention of follow-ups (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let serial = 0;

  async function withFollowUp(status: CustodyStatus, statusChangedAt: Date | null) {
    const n = ++serial;
    const participant = await prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: `F${n}`,
        firstName: `First${n}`,
        lastName: `Last${n}`,
        gender: 'MALE',
        legalStatus: 'CONVICTED',
        status,
        statusChangedAt,
        registeredBy: 'coordinator-1',
      },
    });
    const enrolment = await prisma.enrolment.create({
      data: { participantId: participant.id, activityId: 'a1', status: 'DROPPED_OUT', idempotencyKey: `f-${n}` },
    });
    await prisma.dropoutFollowUp.create({
      data: {
        prisonId: 'HAREN',
        enrolmentId: enrolment.id,
        participantId: participant.id,
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
    return participant.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase('participants', path.join(__dirname, '..', '..', 'prisma', 'migrations'));
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('clears the conversation notes of those due, keeps their codes, and leaves everyone else as they are', async () => {
    const due = await withFollowUp('RELEASED', LONG_AGO);
    const staying = await withFollowUp('IN_CUSTODY', null);
    const recent = await withFollowUp('TRANSFERRED', new Date('2025-10-01T00:00:00Z'));
    const before = await prisma.dropoutFollowUp.findMany({ orderBy: { id: 'asc' } });

    expect(await countDue(prisma, CUTOFF)).toMatchObject({ participants: 1, followUpNotes: 1 });
    expect(await anonymiseDue(prisma, CUTOFF)).toMatchObject({ participants: 1, followUpNotes: 1 });

    for (const [i, now] of (await prisma.dropoutFollowUp.findMany({ orderBy: { id: 'asc' } })).entries()) {
      const was = before[i];
      if (was.participantId !== due) expect(now).toEqual(was);
      else expect(now).toEqual({ ...was, conversationNote: null, updatedAt: expect.any(Date) });
    }
    expect([staying, recent]).not.toContain(due);
    expect(await countDue(prisma, CUTOFF)).toMatchObject({ participants: 0, followUpNotes: 0 });
  });
});
