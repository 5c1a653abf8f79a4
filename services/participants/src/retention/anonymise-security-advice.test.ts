import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { PrismaClient, type CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of the prison's security advice (PGlite, or PostgreSQL with TEST_DATABASE_URL): its conditions and
// reason are words about the person and go with the rest of their record; the advice (a code), its status
// and dates stay.
const CUTOFF = new Date('2025-06-01T00:00:00Z');
const LONG_AGO = new Date('2024-02-01T10:00:00Z');

describe(`retention of security advice (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let serial = 0;

  async function withAdvice(status: CustodyStatus, statusChangedAt: Date | null) {
    const n = ++serial;
    const participant = await prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: `S${n}`,
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
      data: { participantId: participant.id, activityId: 'a1', status: 'REJECTED', idempotencyKey: `s-${n}` },
    });
    return prisma.securityAdviceRequest.create({
      data: {
        prisonId: 'HAREN',
        enrolmentId: enrolment.id,
        participantId: participant.id,
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

  beforeAll(async () => {
    db = await createTestDatabase('participants', path.join(__dirname, '..', '..', 'prisma', 'migrations'));
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('clears the conditions and reason of those due, keeps the advice and dates, and leaves everyone else as they are', async () => {
    const due = await withAdvice('RELEASED', LONG_AGO);
    await withAdvice('IN_CUSTODY', null);
    const before = await prisma.securityAdviceRequest.findMany({ orderBy: { id: 'asc' } });

    expect(await countDue(prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 1 });
    expect(await anonymiseDue(prisma, CUTOFF)).toMatchObject({ participants: 1, screeningNotes: 1 });

    const after = await prisma.securityAdviceRequest.findMany({ orderBy: { id: 'asc' } });
    for (const [i, was] of before.entries())
      expect(after[i]).toEqual(was.id === due.id ? { ...was, conditions: null, reason: null, updatedAt: expect.any(Date) } : was);
    expect(after.find((r) => r.id === due.id)).toMatchObject({ advice: 'UNFAVOURABLE', status: 'GIVEN', givenAt: LONG_AGO });
    expect(await countDue(prisma, CUTOFF)).toMatchObject({ participants: 0, screeningNotes: 0 });
  });
});
