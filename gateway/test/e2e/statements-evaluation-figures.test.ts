import { randomUUID } from 'node:crypto';
import { startGraph, type Graph } from './graph';

const HOUR = 3_600_000;

// Activity.evaluationFigures asked of every activity of a list costs reporting the same SQL statements for
// 30 activities as for 3: the request's loaders batch them (issue 14).
describe('the SQL statements of evaluation figures', () => {
  let graph: Graph;
  let coordinator: string;
  let added = 0;

  /** Activities in the activities service, each with its projections in reporting: 2 sessions, marks, a dropout, 5 forms. */
  async function ranActivities(prisonId: string, count: number) {
    const organisationId = randomUUID();
    const reporting = graph.reporting.prisma;
    for (let n = 0; n < count; n++, added++) {
      const startsOn = new Date(Date.now() - 30 * 24 * HOUR);
      const activity = await graph.activities.prisma.activity.create({
        data: {
          prisonId,
          organisationId,
          category: 'EDUCATIONAL',
          domain: 'EDUCATION',
          titleNl: `Les ${added}`,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED'],
          instructionLanguages: ['nl'],
          capacity: 8,
          startsOn,
          endsOn: new Date(startsOn.getTime() + 60 * 24 * HOUR),
          status: 'PUBLISHED',
        },
      });
      await reporting.reportActivity.create({
        data: { id: activity.id, prisonId, organisationId, category: 'EDUCATIONAL', status: 'PUBLISHED' },
      });
      const sessions = [-3, -2].map((day) => ({
        id: randomUUID(),
        activityId: activity.id,
        startsAt: new Date(Date.now() + day * 24 * HOUR),
        endsAt: new Date(Date.now() + day * 24 * HOUR + HOUR),
        status: day === -3 ? 'HELD' : 'CANCELLED',
      }));
      await reporting.reportSession.createMany({ data: sessions });
      const participants = Array.from({ length: 10 }, () => randomUUID());
      await reporting.reportAttendance.createMany({
        data: participants.map((participantId, i) => ({
          sessionId: sessions[0].id,
          participantId,
          activityId: activity.id,
          code: i < 5 ? 'PRESENT' : 'ABSENT_EXCUSED',
          recordedAt: sessions[0].endsAt,
        })),
      });
      await reporting.reportFollowUp.create({
        data: {
          id: randomUUID(),
          participantId: participants[9],
          activityId: activity.id,
          prisonId,
          trigger: 'DROPPED_OUT',
          openedAt: new Date(),
          status: 'OPEN',
        },
      });
      await reporting.reportFeedbackForm.createMany({
        data: [1, 2, 3, 4, 5].map((score) => ({
          id: randomUUID(),
          activityId: activity.id,
          prisonId,
          receivedOn: new Date(startsOn),
          satisfaction: score,
          learned: 3,
          atmosphere: 4,
          wouldRecommend: score > 2,
        })),
      });
    }
  }

  beforeAll(async () => {
    // No background polling of the feeds: its statements would count too, and the rows above are written straight in.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT', 'BRUGGE'] });
    await ranActivities('GENT', 3);
    await ranActivities('BRUGGE', 30);
  });
  afterAll(() => graph?.stop());

  async function statementsOf(prisonId: string, expected: number) {
    graph.statements.reporting.reset();
    const answer = await graph.send(
      `query($p: ID!) { activities(prisonId: $p, first: 30) { edges { node { id evaluationFigures {
        sessionsHeld sessionsCancelled attendanceRate dropouts feedbackForms averageSatisfaction averageLearned averageAtmosphere wouldRecommendShare
      } } } } }`,
      { p: prisonId },
      coordinator,
    );
    expect(answer.errors).toBeUndefined();
    const figures = answer.data.activities.edges.map((edge: any) => edge.node.evaluationFigures);
    expect(figures).toHaveLength(expected);
    // Each activity its own figures, not its neighbours' (a dropout of 1 is suppressed).
    for (const each of figures)
      expect(each).toEqual({
        sessionsHeld: 1,
        sessionsCancelled: 1,
        attendanceRate: 0.5,
        dropouts: null,
        feedbackForms: 5,
        averageSatisfaction: 3,
        averageLearned: 3,
        averageAtmosphere: 4,
        wouldRecommendShare: 3 / 5,
      });
    return graph.statements.reporting.count;
  }

  it('costs the same for a list of 30 activities as for 3', async () => {
    const three = await statementsOf('GENT', 3);
    expect(await statementsOf('BRUGGE', 30)).toBe(three);
    expect(three).toBeLessThanOrEqual(5);
  });
});
