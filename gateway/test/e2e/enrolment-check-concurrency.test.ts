import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';

// Two participants kept apart, requested for one activity at the same moment in two requests by two
// coordinators, neither acknowledging a warning (run on PostgreSQL with TEST_DATABASE_URL, where the
// transactions really overlap): the check runs under the activity's lock, so one is placed and the other is
// refused with WARNINGS_NOT_ACKNOWLEDGED; they never both slip through.
describe(`the enrolment check under concurrency (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let graph: Graph;
  let coordinator: string;
  let second: string;
  let organisationId: string;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    second = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('of two people kept apart, requested at once, only one is placed (ten rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, { capacity: 5 }));
      const pair = [await registeredParticipant(graph, coordinator), await registeredParticipant(graph, coordinator)];
      const recorded = await graph.run(
        'web/RecordNonAssociation.graphql',
        { input: { prisonId: 'HAREN', participantIds: pair, reason: 'VIOLENCE' } },
        coordinator,
      );
      expect(recorded.errors).toBeUndefined();
      const answers = await Promise.all(
        pair.map((participantId, i) =>
          graph.run(
            'web/RequestEnrolment.graphql',
            { input: { activityId, participantId, idempotencyKey: `race-${round}-${i}` } },
            i ? second : coordinator,
          ),
        ),
      );
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: ['NON_ASSOCIATION'] }),
      ]);
      const open = await graph.participants.prisma.enrolment.findMany({ where: { activityId } });
      expect(open).toHaveLength(1);
    }
  });
});
