import { seedDemoFeedback } from './demo-feedback';
import { participantsDatabase } from '../../test/database';
import { demoDetainee } from '../../test/participants';

const DAY = 86_400_000;

// The demo's feedback forms: the activities that ended get one form per participant enrolled at the end,
// every other one only three (averages withheld), scores-only events; once (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe('demo feedback forms', () => {
  const now = new Date();

  const participants = participantsDatabase();
  beforeAll(async () => {
    const view = {
      organisationId: 'o',
      status: 'PUBLISHED' as const,
      capacity: 10,
      screeningRequired: false,
      genders: [],
      legalStatuses: [],
    };
    const ago = (days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY);
    await participants.prisma.activityView.createMany({
      data: [
        { ...view, id: 'ended-last', prisonId: 'HAREN', endsOn: ago(7) },
        { ...view, id: 'ended-before', prisonId: 'HAREN', endsOn: ago(14) },
        { ...view, id: 'ended-empty', prisonId: 'HAREN', endsOn: ago(3) },
        { ...view, id: 'running', prisonId: 'HAREN', endsOn: ago(-30) },
      ],
    });
    for (const activityId of ['ended-last', 'ended-before', 'running']) {
      for (let n = 0; n < 6; n++) {
        const participant = await participants.prisma.participant.create({ data: demoDetainee(`HAR-${activityId}-${n}`) });
        await participants.prisma.enrolment.create({
          data: { participantId: participant.id, activityId, status: 'ENROLLED', idempotencyKey: `demo-${activityId}-${n}` },
        });
      }
    }
  });

  it('writes forms for the activities that ended, five or more for one and three for the other, scores-only events, once', async () => {
    expect(await seedDemoFeedback(participants.prisma, now)).toBe(9);
    const forms = await participants.prisma.feedbackForm.groupBy({ by: ['activityId'], _count: { _all: true } });
    expect(Object.fromEntries(forms.map((f) => [f.activityId, f._count._all]))).toEqual({ 'ended-last': 6, 'ended-before': 3 });
    const rows = await participants.prisma.feedbackForm.findMany();
    expect(rows.every((f) => [f.satisfaction, f.learned, f.atmosphere].every((s) => s >= 1 && s <= 5))).toBe(true);
    expect(rows.some((f) => f.comment)).toBe(true);
    const events = await participants.prisma.outboxEvent.findMany({ where: { type: 'FeedbackRecorded' } });
    expect(events).toHaveLength(2);
    for (const event of events) expect(JSON.stringify(event.payload)).not.toMatch(/comment|participant|session/i);
    expect(await seedDemoFeedback(participants.prisma, now)).toBe(0);
  });
});
