import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';

const WITHDRAW = `mutation($id: ID!, $reason: String!, $idempotencyKey: String) {
  withdrawEnrolment(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { enrolment { id status waitlistPosition } } }`;

// A coordinator's client that lost the answer to a withdrawal sends it again under the same key (run on
// PostgreSQL with TEST_DATABASE_URL as well, where two transactions really overlap): the same enrolment is
// answered, and nothing is written twice: no second history line, event or promotion.
describe(`a withdrawal sent again under its idempotency key (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let serial = 0;

  /** A full activity of capacity 1: one enrolled, two on the waiting list. */
  async function fullActivity() {
    const activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, { capacity: 1 }));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const participantId = await registeredParticipant(graph, coordinator, { firstName: 'Sami', lastName: `Claes${++serial}` });
      const answer = await graph.run(
        'web/RequestEnrolment.graphql',
        { input: { activityId, participantId, idempotencyKey: `retry-request-${serial}` } },
        coordinator,
      );
      expect(answer.errors).toBeUndefined();
      ids.push(answer.data.requestEnrolment.enrolment.id);
    }
    return { activityId, enrolled: ids[0], waiting: ids.slice(1) };
  }

  const withdraw = (id: string, idempotencyKey?: string) =>
    graph.send(WITHDRAW, { id, reason: 'Works mornings now.', idempotencyKey }, coordinator);
  const p = () => graph.participants.prisma;
  /** What a withdrawal writes, for the enrolments of one activity: history lines, events, and where each now stands. */
  const written = async (activityId: string) => {
    const enrolments = await p().enrolment.findMany({ where: { activityId }, orderBy: { createdAt: 'asc' } });
    const ids = enrolments.map((e) => e.id);
    const events = await p().outboxEvent.findMany({ where: { type: 'EnrolmentChanged' } });
    return {
      changes: await p().enrolmentChange.count({ where: { enrolmentId: { in: ids } } }),
      events: events.filter((e) => ids.includes((e.payload as { enrolmentId: string }).enrolmentId)).length,
      statuses: enrolments.map((e) => [e.status, e.waitlistPosition]),
    };
  };

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('the same key again answers the same enrolment and writes nothing: one promotion, one event', async () => {
    const { activityId, enrolled } = await fullActivity();
    const first = await withdraw(enrolled, 'withdraw-once');
    expect(first.errors).toBeUndefined();
    expect(first.data.withdrawEnrolment.enrolment).toEqual({ id: enrolled, status: 'WITHDRAWN', waitlistPosition: null });
    const after = await written(activityId);
    expect(after.statuses).toEqual([
      ['WITHDRAWN', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
    ]);

    const again = await withdraw(enrolled, 'withdraw-once');
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await written(activityId)).toEqual(after);
  });

  it('two identical withdrawals at once under one key: one write, both answer the same enrolment', async () => {
    const { activityId, enrolled } = await fullActivity();
    const before = await written(activityId);
    const answers = await Promise.all([withdraw(enrolled, 'withdraw-at-once'), withdraw(enrolled, 'withdraw-at-once')]);
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    expect(answers.map((a) => a.data.withdrawEnrolment.enrolment)).toEqual([
      { id: enrolled, status: 'WITHDRAWN', waitlistPosition: null },
      { id: enrolled, status: 'WITHDRAWN', waitlistPosition: null },
    ]);
    const after = await written(activityId);
    // One withdrawal and one promotion: two history lines and two events more, whoever came second.
    expect({ changes: after.changes - before.changes, events: after.events - before.events }).toEqual({ changes: 2, events: 2 });
    expect(after.statuses).toEqual([
      ['WITHDRAWN', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
    ]);
  });

  it('a key used for another enrolment or another kind of request is a CONFLICT and writes nothing', async () => {
    const { activityId, enrolled, waiting } = await fullActivity();
    expect((await withdraw(enrolled, 'withdraw-reused')).errors).toBeUndefined();
    const after = await written(activityId);

    const other = await withdraw(waiting[1], 'withdraw-reused');
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    const requestKey = await p().enrolment.findUniqueOrThrow({ where: { id: waiting[1] } });
    const ofRequest = await withdraw(waiting[1], requestKey.idempotencyKey);
    expect(ofRequest.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await written(activityId)).toEqual(after);
  });

  it('a blank or overlong key is refused on its field; without a key a second withdrawal is refused as before', async () => {
    const { activityId, enrolled } = await fullActivity();
    const before = await written(activityId);
    for (const key of [' ', 'k'.repeat(201)])
      expect((await withdraw(enrolled, key)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(await written(activityId)).toEqual(before);

    const first = await graph.run('web/WithdrawEnrolment.graphql', { id: enrolled, reason: 'Works mornings now.' }, coordinator);
    expect(first.data.withdrawEnrolment.enrolment).toEqual({ id: enrolled, status: 'WITHDRAWN' });
    const again = await graph.run('web/WithdrawEnrolment.graphql', { id: enrolled, reason: 'Works mornings now.' }, coordinator);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', status: 'WITHDRAWN' });
  });
});
