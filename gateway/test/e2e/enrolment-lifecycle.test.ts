import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

const ENROLMENT = 'enrolment { id status waitlistPosition }';
const LISTS = `query($id: ID!) { activity(id: $id) {
  enrolments { id status waitlistPosition participant { id } }
  waitingList { id waitlistPosition }
  enrolmentSummary { enrolled waitlisted available } } }`;

// Screening, completion, dropout, and what other changes do to enrolments: capacity, cancel, release.
describe('enrolment lifecycle', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;

  const activity = (overrides: Record<string, unknown> = {}) =>
    publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, overrides));
  const participant = () => registeredParticipant(graph, coordinator, { firstName: 'Karim', lastName: 'Benali' });

  async function enrol(activityId: string, count: number) {
    const ids: { id: string; status: string; participantId: string }[] = [];
    for (let i = 0; i < count; i++) {
      const participantId = await participant();
      const answer = await graph.run(
        'web/RequestEnrolment.graphql',
        { input: { activityId, participantId, idempotencyKey: `life-${activityId}-${participantId}` } },
        coordinator,
      );
      expect(answer.errors).toBeUndefined();
      ids.push({ ...answer.data.requestEnrolment.enrolment, participantId });
    }
    return ids;
  }

  const lists = async (id: string) => (await graph.send(LISTS, { id }, coordinator)).data.activity;
  const mutate = (field: string, args: string, variables: Record<string, unknown>) =>
    graph.send(
      `mutation(${args}) { ${field}(${Object.keys(variables)
        .map((k) => `${k}: $${k}`)
        .join(', ')}) { ${ENROLMENT} } }`,
      variables,
      coordinator,
    );

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('decides screenings: approved takes a place or waits at the end, rejected needs a reason and ends it', async () => {
    const activityId = await activity({ capacity: 1, screeningRequired: true });
    const [a, b, c] = await enrol(activityId, 3);
    expect([a.status, b.status, c.status]).toEqual(['IN_SCREENING', 'IN_SCREENING', 'IN_SCREENING']);
    const approve = (id: string) => mutate('decideScreening', '$id: ID!, $decision: ScreeningDecision!', { id, decision: 'APPROVED' });

    expect((await approve(a.id)).data.decideScreening.enrolment).toMatchObject({ status: 'ENROLLED', waitlistPosition: null });
    expect((await approve(b.id)).data.decideScreening.enrolment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const again = await approve(a.id);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', status: 'ENROLLED' });

    const reject = (reason?: string) =>
      mutate('decideScreening', '$id: ID!, $decision: ScreeningDecision!, $reason: String', { id: c.id, decision: 'REJECTED', reason });
    expect((await reject()).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await reject('Veiligheidsadvies negatief.')).data.decideScreening.enrolment.status).toBe('REJECTED');

    const history = await graph.send(
      `query($id: ID!) { participant(id: $id) { enrolments { status history { from to by reason } } } }`,
      { id: c.participantId },
      coordinator,
    );
    expect(history.data.participant.enrolments[0].history.map((h: any) => [h.from, h.to, h.reason])).toEqual([
      [null, 'IN_SCREENING', null],
      ['IN_SCREENING', 'REJECTED', 'Veiligheidsadvies negatief.'],
    ]);
  });

  it('completion and dropout each hand the place to the head of the waiting list, exactly once', async () => {
    const activityId = await activity({ capacity: 2 });
    const [a, b, c, d] = await enrol(activityId, 4);
    expect((await mutate('completeEnrolment', '$id: ID!', { id: a.id })).data.completeEnrolment.enrolment.status).toBe('COMPLETED');
    const dropped = await mutate('markDroppedOut', '$id: ID!, $reason: String!', { id: b.id, reason: 'Kwam niet meer.' });
    expect(dropped.data.markDroppedOut.enrolment.status).toBe('DROPPED_OUT');
    expect((await mutate('markDroppedOut', '$id: ID!, $reason: String!', { id: c.id, reason: ' ' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const now = await lists(activityId);
    expect(Object.fromEntries(now.enrolments.map((e: any) => [e.id, e.status]))).toEqual({
      [a.id]: 'COMPLETED',
      [b.id]: 'DROPPED_OUT',
      [c.id]: 'ENROLLED',
      [d.id]: 'ENROLLED',
    });
    expect(now.waitingList).toEqual([]);
    // A completed enrolment is final.
    expect((await mutate('completeEnrolment', '$id: ID!', { id: a.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a raised capacity promotes from the waiting list; a lowered one un-enrols nobody', async () => {
    const activityId = await activity({ capacity: 2 });
    await enrol(activityId, 5);
    const update = (capacity: number) =>
      graph.send(
        `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { activity { id } } }`,
        {
          id: activityId,
          input: { capacity },
        },
        coordinator,
      );

    expect((await update(1)).errors).toBeUndefined();
    // Lowered: once the participants service has the new capacity, everyone stays and no one is promoted.
    await eventually(
      () => graph.participants.prisma.activityView.findUniqueOrThrow({ where: { id: activityId } }),
      (view) => view.capacity === 1,
    );
    expect((await lists(activityId)).enrolmentSummary).toEqual({ enrolled: 2, waitlisted: 3, available: 0 });

    expect((await update(4)).errors).toBeUndefined();
    const raised = await eventually(
      () => lists(activityId),
      (a) => a.enrolmentSummary.enrolled === 4,
    );
    expect(raised.enrolmentSummary).toEqual({ enrolled: 4, waitlisted: 1, available: 0 });
    expect(raised.waitingList).toEqual([{ id: expect.any(String), waitlistPosition: 1 }]);
  });

  it.each([
    ['cancelActivity(id: $id, reason: "Lesgever ziek")', 'The activity was cancelled.'],
    ['archiveActivity(id: $id)', 'The activity was archived.'],
  ])('%s closes its open enrolments, with the reason in their history', async (mutation, reason) => {
    const activityId = await activity({ capacity: 1 });
    await enrol(activityId, 3);
    const closing = await graph.send(`mutation($id: ID!) { ${mutation} { activity { status } } }`, { id: activityId }, coordinator);
    expect(closing.errors).toBeUndefined();
    const closed = await eventually(
      () => lists(activityId),
      (a) => a.enrolments.every((e: any) => e.status === 'WITHDRAWN'),
    );
    expect(closed.enrolmentSummary).toEqual({ enrolled: 0, waitlisted: 0, available: 1 });
    const history = await graph.send(
      `query($id: ID!) { activity(id: $id) { enrolments { history { to reason } } } }`,
      { id: activityId },
      coordinator,
    );
    for (const enrolment of history.data.activity.enrolments) expect(enrolment.history.at(-1)).toEqual({ to: 'WITHDRAWN', reason });
  });

  it.each([
    ['recordRelease(id: $id)', 'The participant was released.'],
    ['recordTransfer(id: $id, toPrisonId: "GENT")', 'The participant was transferred.'],
  ])('%s withdraws them from every activity, and each place goes to its waiting list', async (mutation, reason) => {
    const [one, two] = [await activity({ capacity: 1 }), await activity({ capacity: 1 })];
    const [leaving, waitingForOne] = await enrol(one, 2);
    const leavingTwo = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId: two, participantId: leaving.participantId, idempotencyKey: `leave-${two}` } },
      coordinator,
    );
    const [waitingForTwo] = await enrol(two, 1);
    expect(waitingForTwo.status).toBe('WAITLISTED');
    const left = await graph.send(
      `mutation($id: ID!) { ${mutation} { participant { status } } }`,
      { id: leaving.participantId },
      coordinator,
    );
    expect(left.errors).toBeUndefined();
    const statuses = async (id: string) =>
      (await graph.send(`query($id: ID!) { activity(id: $id) { enrolments { id status history { reason } } } }`, { id }, coordinator)).data
        .activity.enrolments;
    const [inOne, inTwo] = [await statuses(one), await statuses(two)];
    expect(inOne.map((e: any) => [e.id, e.status])).toEqual([
      [leaving.id, 'WITHDRAWN'],
      [waitingForOne.id, 'ENROLLED'],
    ]);
    expect(inTwo.map((e: any) => [e.id, e.status])).toEqual([
      [leavingTwo.data.requestEnrolment.enrolment.id, 'WITHDRAWN'],
      [waitingForTwo.id, 'ENROLLED'],
    ]);
    expect(inOne[0].history.at(-1).reason).toBe(reason);
  });
});
