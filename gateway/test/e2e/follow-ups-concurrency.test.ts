import { followUpWorld, type FollowUpWorld } from './follow-ups-fixtures';
import { startGraph, type Graph } from './graph';

// Two coordinators at once (run on PostgreSQL with TEST_DATABASE_URL, where transactions really overlap):
// one conversation closes a follow-up and the other is told CONFLICT; resumptions competing for the last
// free place never enrol more than the capacity, and the waiting list stays 1..n.
describe(`dropout follow-ups under concurrency (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let graph: Graph;
  let world: FollowUpWorld;
  let second: string;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await followUpWorld(graph);
    second = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  it('two conversations on one follow-up at once: one DONE, the other a CONFLICT', async () => {
    const activityId = await world.activity();
    const { enrolmentId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId);
    const followUp = await world.followUpOf(enrolmentId);
    const answers = await Promise.all([
      world.converse({ followUpId: followUp.id, reasons: ['HEALTH'], outcome: 'RESUMED' }),
      world.converse({ followUpId: followUp.id, reasons: ['GROUP'], outcome: 'NEXT_EDITION' }, second),
    ]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const closed = await graph.participants.prisma.outboxEvent.findMany({ where: { type: 'FollowUpClosed' } });
    expect(closed.filter((e) => (e.payload as { followUpId: string }).followUpId === followUp.id)).toHaveLength(1);
  });

  it('five resumptions at once for one free place: one ENROLLED, four at the end of the waiting list, in order', async () => {
    const activityId = await world.activity({ capacity: 6 });
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await world.enrolled(activityId));
    for (const person of people.slice(0, 5)) await world.dropOut(person.enrolmentId);
    // Four newcomers take four of the five freed places: one place is left.
    for (let i = 0; i < 4; i++) expect((await world.enrolled(activityId)).status).toBe('ENROLLED');
    const followUps = await Promise.all(people.slice(0, 5).map((p) => world.followUpOf(p.enrolmentId)));

    const answers = await Promise.all(
      followUps.map((f, i) =>
        world.converse({ followUpId: f.id, reasons: ['MOTIVATION'], outcome: 'RESUMED' }, i % 2 ? second : undefined),
      ),
    );
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const statuses = answers.map((a) => a.data.recordFollowUpConversation.followUp.enrolment.status).sort();
    expect(statuses).toEqual(['ENROLLED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    const lists = await graph.send(
      `query($id: ID!) { activity(id: $id) { enrolmentSummary { enrolled waitlisted } waitingList { waitlistPosition } } }`,
      { id: activityId },
      world.coordinator,
    );
    expect(lists.data.activity.enrolmentSummary).toEqual({ enrolled: 6, waitlisted: 4 });
    expect(lists.data.activity.waitingList.map((w: any) => w.waitlistPosition)).toEqual([1, 2, 3, 4]);
  });
});
