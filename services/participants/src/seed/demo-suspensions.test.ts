import { seedDemoSuspensions } from './demo-suspensions';
import { participantsDatabase } from '../../test/database';
import { demoDetainee } from '../../test/participants';

// The demo's suspension: one in HAREN on today's sessions, once (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe('demo suspensions', () => {
  const now = new Date('2026-07-01T08:00:00Z');

  const participants = participantsDatabase();
  beforeAll(async () => {
    await participants.prisma.activityView.create({
      data: {
        id: 'a1',
        prisonId: 'HAREN',
        organisationId: 'o1',
        status: 'PUBLISHED',
        capacity: 5,
        screeningRequired: false,
        genders: ['MALE'],
        legalStatuses: ['CONVICTED'],
        endsOn: new Date('2026-12-31T00:00:00Z'),
      },
    });
    const session = await participants.prisma.sessionView.create({
      data: {
        id: 's1',
        activityId: 'a1',
        prisonId: 'HAREN',
        locationId: 'r1',
        startsAt: new Date('2026-07-01T07:00:00Z'),
        endsAt: new Date('2026-07-01T07:45:00Z'),
        status: 'HELD',
      },
    });
    const participant = await participants.prisma.participant.create({ data: demoDetainee('HAR-1') });
    const enrolment = await participants.prisma.enrolment.create({
      data: { participantId: participant.id, activityId: 'a1', status: 'ENROLLED', idempotencyKey: 'demo-1' },
    });
    await participants.prisma.attendanceMark.create({
      data: {
        sessionId: session.id,
        participantId: participant.id,
        enrolmentId: enrolment.id,
        activityId: 'a1',
        code: 'ABSENT_UNEXCUSED',
        recordedBy: 'demo',
        recordedAt: now,
      },
    });
  });

  it('suspends the first participant expected today for three days, makes today’s mark NOT_REQUIRED, and does nothing the second time', async () => {
    expect(await seedDemoSuspensions(participants.prisma, now)).toBe(1);
    const [suspension] = await participants.prisma.enrolmentSuspension.findMany();
    expect(suspension).toMatchObject({ prisonId: 'HAREN', reason: 'HOSPITAL', resumedAt: null });
    expect([suspension.from.toISOString().slice(0, 10), suspension.until.toISOString().slice(0, 10)]).toEqual(['2026-07-01', '2026-07-03']);
    expect((await participants.prisma.attendanceMark.findFirstOrThrow()).code).toBe('NOT_REQUIRED');
    expect(await participants.prisma.outboxEvent.count({ where: { type: 'EnrolmentSuspended' } })).toBe(1);
    expect(await seedDemoSuspensions(participants.prisma, now)).toBe(0);
    expect(await participants.prisma.enrolmentSuspension.count()).toBe(1);
  });
});
