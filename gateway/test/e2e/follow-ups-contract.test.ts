import { followUpWorld, type FollowUpWorld } from './follow-ups-fixtures';
import { startGraph, type Graph } from './graph';

// The contract's web/DropoutFollowUps and web/RecordFollowUpConversation, with every promise of their
// comments: opened on DROPPED_OUT, oldest first, never for partner staff or volunteers, DONE by the
// conversation, DECLINED_CONVERSATION without reasons, a closed follow-up a CONFLICT, RESUMED both ways.
describe('dropout follow-ups (contract)', () => {
  let graph: Graph;
  let world: FollowUpWorld;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await followUpWorld(graph);
  });
  afterAll(() => graph?.stop());

  it('opens one when an enrolment is marked DROPPED_OUT and lists it to the coordinators, oldest first', async () => {
    const activityId = await world.activity({ capacity: 5 });
    const first = await world.enrolled(activityId, { firstName: 'Karim', lastName: 'Benali' });
    const second = await world.enrolled(activityId);
    expect((await world.dropOut(first.enrolmentId, 'SCHEDULE_CLASH_WORK')).data.markDroppedOut.enrolment.status).toBe('DROPPED_OUT');
    expect((await world.dropOut(second.enrolmentId)).errors).toBeUndefined();

    const answer = await world.followUps({ status: 'OPEN' });
    expect(answer.errors).toBeUndefined();
    const page = answer.data.dropoutFollowUps;
    const mine = page.edges.map((e: any) => e.node).filter((n: any) => n.enrolment.activity?.id === activityId);
    expect(mine).toEqual([
      {
        id: expect.any(String),
        status: 'OPEN',
        trigger: 'DROPPED_OUT',
        openedAt: expect.any(String),
        participant: { id: first.participantId, displayName: 'Karim B.' },
        enrolment: {
          id: first.enrolmentId,
          status: 'DROPPED_OUT',
          activity: { id: activityId, title: 'Atelier tekenen en schilderen' },
        },
        conversation: null,
      },
      expect.objectContaining({ participant: expect.objectContaining({ id: second.participantId }), status: 'OPEN' }),
    ]);
    const opened = page.edges.map((e: any) => e.node.openedAt);
    expect([...opened].sort()).toEqual(opened);
    expect(page.totalCount).toBeGreaterThanOrEqual(2);

    // The dropout's reason code is in the enrolment's history beside the free text.
    const history = await graph.send(
      `query($id: ID!) { participant(id: $id) { enrolments { history { to reason dropoutReason } } } }`,
      { id: first.participantId },
      world.coordinator,
    );
    expect(history.data.participant.enrolments[0].history.at(-1)).toEqual({
      to: 'DROPPED_OUT',
      reason: 'Kwam niet meer.',
      dropoutReason: 'SCHEDULE_CLASH_WORK',
    });
  });

  it('pages through the list with first and after, and filters by status', async () => {
    const all = (await world.followUps({ first: 100 })).data.dropoutFollowUps;
    const one = (await world.followUps({ first: 1 })).data.dropoutFollowUps;
    expect(one.edges).toHaveLength(1);
    expect(one.pageInfo.hasNextPage).toBe(all.totalCount > 1);
    const next = (await world.followUps({ first: 1, after: one.pageInfo.endCursor })).data.dropoutFollowUps;
    expect(next.edges[0].node.id).toBe(all.edges[1].node.id);
    expect((await world.followUps({ status: 'DONE' })).data.dropoutFollowUps.edges.every((e: any) => e.node.status === 'DONE')).toBe(true);
  });

  it('is FORBIDDEN to partner staff, volunteers, prison staff and the coordinators of another prison', async () => {
    const callers = [
      await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: world.organisationId }),
      await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'], organisationId: world.organisationId }),
      await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }),
    ];
    for (const bearer of callers) {
      const answer = await world.followUps({}, bearer);
      expect(answer.data?.dropoutFollowUps ?? null).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const [staff] = callers;
    const refused = await world.converse(
      { followUpId: (await world.followUps()).data.dropoutFollowUps.edges[0].node.id, reasons: ['HEALTH'], outcome: 'NO_FURTHER_ACTION' },
      staff,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('RESUMED takes a free place: the DROPPED_OUT enrolment is ENROLLED again, and the follow-up DONE', async () => {
    const activityId = await world.activity({ capacity: 2 });
    const { enrolmentId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId);
    const followUp = await world.followUpOf(enrolmentId);

    const answer = await world.converse({
      followUpId: followUp.id,
      reasons: ['HEALTH', 'MOTIVATION'],
      outcome: 'RESUMED',
      note: 'Wil terugkomen.',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordFollowUpConversation.followUp).toEqual({
      id: followUp.id,
      status: 'DONE',
      conversation: { heldOn: expect.any(String), reasons: ['HEALTH', 'MOTIVATION'], outcome: 'RESUMED' },
      enrolment: { id: enrolmentId, status: 'ENROLLED' },
    });
    expect((await world.followUpOf(enrolmentId)).conversation).toMatchObject({ note: 'Wil terugkomen.' });
  });

  it('RESUMED when the activity is full joins the end of the waiting list', async () => {
    const activityId = await world.activity({ capacity: 2 });
    const dropping = await world.enrolled(activityId);
    await world.enrolled(activityId);
    await world.dropOut(dropping.enrolmentId);
    // The freed place is taken by a newcomer, and someone else waits already.
    expect((await world.enrolled(activityId)).status).toBe('ENROLLED');
    expect((await world.enrolled(activityId)).status).toBe('WAITLISTED');
    const followUp = await world.followUpOf(dropping.enrolmentId);

    const answer = await world.converse({ followUpId: followUp.id, reasons: ['SCHEDULE_CLASH_VISIT'], outcome: 'RESUMED' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordFollowUpConversation.followUp.enrolment).toEqual({ id: dropping.enrolmentId, status: 'WAITLISTED' });
    const list = await graph.send(
      `query($id: ID!) { activity(id: $id) { waitingList { id waitlistPosition } } }`,
      { id: activityId },
      world.coordinator,
    );
    expect(list.data.activity.waitingList.at(-1)).toEqual({ id: dropping.enrolmentId, waitlistPosition: 2 });
  });

  it('a follow-up closed already is a CONFLICT, and changes nothing', async () => {
    const activityId = await world.activity();
    const { enrolmentId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId);
    const followUp = await world.followUpOf(enrolmentId);
    expect((await world.converse({ followUpId: followUp.id, reasons: ['LEVEL'], outcome: 'NEXT_EDITION' })).errors).toBeUndefined();

    const again = await world.converse({ followUpId: followUp.id, reasons: ['GROUP'], outcome: 'RESUMED' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'DONE' });
    expect(await world.followUpOf(enrolmentId)).toMatchObject({
      status: 'DONE',
      enrolment: { status: 'DROPPED_OUT' },
      conversation: { reasons: ['LEVEL'], outcome: 'NEXT_EDITION' },
    });
  });

  it('DECLINED_CONVERSATION needs no reasons; any other outcome does', async () => {
    const activityId = await world.activity();
    const { enrolmentId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId);
    const followUp = await world.followUpOf(enrolmentId);

    const noReasons = await world.converse({ followUpId: followUp.id, reasons: [], outcome: 'NO_FURTHER_ACTION' });
    expect(noReasons.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    const declined = await world.converse({ followUpId: followUp.id, reasons: [], outcome: 'DECLINED_CONVERSATION' });
    expect(declined.errors).toBeUndefined();
    expect(declined.data.recordFollowUpConversation.followUp).toMatchObject({
      status: 'DONE',
      conversation: { reasons: [], outcome: 'DECLINED_CONVERSATION' },
      enrolment: { status: 'DROPPED_OUT' },
    });
  });

  it('refuses a conversation on a day still to come, and answers NOT_FOUND for an unknown follow-up', async () => {
    const activityId = await world.activity();
    const { enrolmentId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId);
    const followUp = await world.followUpOf(enrolmentId);
    const future = await world.converse({ followUpId: followUp.id, heldOn: '2999-01-01', reasons: ['HEALTH'], outcome: 'NEXT_EDITION' });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    const unknown = await world.converse({
      followUpId: '00000000-0000-4000-8000-000000000000',
      reasons: ['HEALTH'],
      outcome: 'NEXT_EDITION',
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
