import { seedDemoFollowUps } from './demo-follow-ups';
import { participantsDatabase } from '../../test/database';
import { demoDetainee } from '../../test/participants';

// The demo's follow-ups: one per demo dropout, open and done ones, once (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe('demo follow-ups', () => {
  const participants = participantsDatabase();
  beforeAll(async () => {
    for (let n = 0; n < 6; n++) {
      const participant = await participants.prisma.participant.create({ data: demoDetainee(`HAR-${n}`) });
      await participants.prisma.enrolment.create({
        data: {
          participantId: participant.id,
          activityId: `a${n}`,
          status: n < 5 ? 'DROPPED_OUT' : 'ENROLLED',
          idempotencyKey: `demo-${n}`,
        },
      });
    }
  });

  it('opens one per dropout, records the conversation of every other one, and does nothing the second time', async () => {
    expect(await seedDemoFollowUps(participants.prisma)).toBe(5);
    const rows = await participants.prisma.dropoutFollowUp.findMany({ orderBy: { openedAt: 'asc' } });
    expect(rows.map((r) => r.status).sort()).toEqual(['DONE', 'DONE', 'DONE', 'OPEN', 'OPEN']);
    expect(rows.every((r) => r.trigger === 'DROPPED_OUT' && r.prisonId === 'HAREN')).toBe(true);
    const done = rows.filter((r) => r.status === 'DONE');
    expect(done.every((r) => r.conversationOutcome && r.conversationHeldOn)).toBe(true);
    expect(done.filter((r) => r.conversationOutcome !== 'DECLINED_CONVERSATION').every((r) => r.conversationReasons.length > 0)).toBe(true);
    expect(await participants.prisma.outboxEvent.count({ where: { type: 'FollowUpOpened' } })).toBe(5);
    expect(await participants.prisma.outboxEvent.count({ where: { type: 'FollowUpClosed' } })).toBe(3);

    expect(await seedDemoFollowUps(participants.prisma)).toBe(0);
    expect(await participants.prisma.dropoutFollowUp.count()).toBe(5);
  });
});
