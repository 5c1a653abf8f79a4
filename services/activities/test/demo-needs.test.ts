import { seedDemoData } from '../src/seed/demo';
import { AGREEMENT_LAPSING, SUSPENDED_VOLUNTEER } from '../src/seed/partners';
import { DEMO_PRISONS, ensurePrisons } from '../src/seed/prisons';
import { activitiesDatabase } from './database';

// The demo's needs → offer → evaluation loop (issue 14), as `npm start` seeds it: two needs assessments
// per demo prison (one among women in HAREN), wishes answered and not, the activities that ended
// evaluated and one next edition planned, every change with its event.
describe('the demo needs assessments and evaluations', () => {
  const activities = activitiesDatabase();
  beforeAll(async () => {
    await ensurePrisons(activities.prisma);
    expect(await seedDemoData(activities.prisma)).toBe(true);
  });

  it('has two needs assessments per demo prison, one among women in HAREN, with wishes answered and not', async () => {
    for (const prison of DEMO_PRISONS) expect(await activities.prisma.needsAssessment.count({ where: { prisonId: prison.id } })).toBe(2);
    expect(await activities.prisma.needsAssessment.count({ where: { prisonId: 'HAREN', genders: { equals: ['FEMALE'] } } })).toBe(1);
    const wishes = await activities.prisma.wish.findMany({ include: { answers: true } });
    expect(wishes.some((w) => w.answers.length)).toBe(true);
    expect(wishes.some((w) => !w.answers.length)).toBe(true);
    expect(await activities.prisma.outboxEvent.count({ where: { type: 'NeedsAssessmentRecorded' } })).toBe(DEMO_PRISONS.length * 2);
  });

  it('has every status of an activity: published, draft, archived and cancelled', async () => {
    const statuses = await activities.prisma.activity.groupBy({ by: ['status'], _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({
      PUBLISHED: expect.any(Number),
      DRAFT: expect.any(Number),
      ARCHIVED: 1,
      CANCELLED: 1,
    });
  });

  it('evaluates the activities that ended (held sessions, none to come) and plans one next edition, linked both ways', async () => {
    const today = new Date();
    const ended = await activities.prisma.activity.findMany({ where: { endsOn: { lt: today } }, include: { sessions: true } });
    expect(ended).toHaveLength(3);
    for (const activity of ended) {
      expect(activity.sessions.some((s) => s.status === 'HELD')).toBe(true);
      expect(activity.sessions.every((s) => s.startsAt < today)).toBe(true);
    }
    const evaluations = await activities.prisma.evaluation.findMany({ include: { activity: true } });
    expect(evaluations.map((e) => e.activityId).sort()).toEqual(ended.map((a) => a.id).sort());
    expect(evaluations.map((e) => [e.activity.prisonId, e.activity.status, e.decision]).sort()).toEqual([
      ['HAREN', 'ARCHIVED', 'CONTINUE'],
      ['HAREN', 'PUBLISHED', 'ADJUST'],
      ['HAREN', 'PUBLISHED', 'STOP'],
    ]);
    const [edition] = await activities.prisma.edition.findMany({ include: { next: true } });
    expect(edition.previousId).toBe(evaluations.find((e) => e.decision === 'ADJUST')!.activityId);
    expect(edition.next.status).toBe('DRAFT');
    expect(await activities.prisma.edition.count()).toBe(1);
    expect(await activities.prisma.outboxEvent.count({ where: { type: { in: ['ActivityEvaluated', 'NextEditionPlanned'] } } })).toBe(4);
  });

  it('has one running activity co-facilitated by the suspended volunteer, its coming sessions at risk (issue 13)', async () => {
    const coFacilitated = await activities.prisma.activity.findMany({
      where: { facilitatorIds: { has: SUSPENDED_VOLUNTEER.personId } },
      include: { sessions: { where: { status: 'SCHEDULED', startsAt: { gt: new Date() } } } },
    });
    expect(coFacilitated).toHaveLength(1);
    expect(coFacilitated[0]).toMatchObject({ organisationId: SUSPENDED_VOLUNTEER.organisationId, status: 'PUBLISHED' });
    expect(coFacilitated[0].sessions.length).toBeGreaterThan(0);
  });

  it('has one activity created and published with the agreement warning acknowledged (issue 13)', async () => {
    const acknowledgements = await activities.prisma.activityAcknowledgement.findMany({
      include: { activity: true },
      orderBy: { status: 'asc' },
    });
    expect(acknowledgements.map((a) => [a.status, a.warnings])).toEqual([
      ['DRAFT', ['NO_CURRENT_AGREEMENT']],
      ['PUBLISHED', ['NO_CURRENT_AGREEMENT']],
    ]);
    expect(acknowledgements[0].activityId).toBe(acknowledgements[1].activityId);
    expect(acknowledgements[0].activity).toMatchObject({ ...AGREEMENT_LAPSING, status: 'PUBLISHED' });
  });
});
