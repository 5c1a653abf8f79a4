import { followUpWorld, type FollowUpWorld } from './follow-ups-fixtures';
import { registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';

// A change of circumstances (updateParticipant: gender, legal status) keeps every open enrolment; those
// whose activity's audience no longer fits go to enrolmentReviews(prisonId), where a coordinator keeps
// them (with a note) or withdraws them through the withdrawal's move (the waiting list moves up).
describe('enrolment reviews after a change of circumstances', () => {
  let graph: Graph;
  let world: FollowUpWorld;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await followUpWorld(graph);
  }, 180_000);
  afterAll(() => graph?.stop());

  const REVIEWS = `query Reviews($prisonId: ID!, $status: ReviewStatus) {
    enrolmentReviews(prisonId: $prisonId, status: $status, first: 20) {
      totalCount edges { node { id status causes note decidedAt participant { id lastName } enrolment { id status activity { id } } } } } }`;
  let serial = 0;
  /** A woman suspect registered and enrolled through the contract. */
  async function enrolled(activityId: string, lastName: string) {
    const participantId = await registeredParticipant(graph, world.coordinator, { lastName, gender: 'FEMALE', legalStatus: 'SUSPECT' });
    const answer = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId, participantId, idempotencyKey: `review-${++serial}-${participantId}` } },
      world.coordinator,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return {
      participantId,
      enrolmentId: answer.data.requestEnrolment.enrolment.id as string,
      status: answer.data.requestEnrolment.enrolment.status as string,
    };
  }
  const reviews = async (status: string | null = 'OPEN', bearer = world.coordinator) => {
    const answer = await graph.send(REVIEWS, { prisonId: 'HAREN', status }, bearer);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.enrolmentReviews.edges.map((e: any) => e.node);
  };
  const update = (id: string, input: Record<string, unknown>) =>
    graph.send(
      `mutation($id: ID!, $input: UpdateParticipantInput!) { updateParticipant(id: $id, input: $input) { participant { id gender legalStatus } } }`,
      { id, input },
      world.coordinator,
    );
  const decide = (input: Record<string, unknown>, bearer = world.coordinator) =>
    graph.send(
      `mutation Decide($input: DecideEnrolmentReviewInput!) { decideEnrolmentReview(input: $input) { review { id status note enrolment { id status } } } }`,
      { input },
      bearer,
    );

  it('a new gender outside one activity’s audience: that enrolment is reviewed, the others stay as they are; KEEP needs a note', async () => {
    const women = await world.activity({ audience: { genders: ['FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] } });
    const everyone = await world.activity();
    const { participantId, enrolmentId } = await enrolled(women, 'Janssens');
    const other = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId: everyone, participantId, idempotencyKey: `review-${participantId}` } },
      world.coordinator,
    );
    expect(other.errors).toBeUndefined();

    expect((await update(participantId, { gender: 'MALE' })).errors).toBeUndefined();
    const open = (await reviews()).filter((r: any) => r.participant.id === participantId);
    expect(open).toEqual([
      expect.objectContaining({
        status: 'OPEN',
        causes: ['GENDER'],
        note: null,
        enrolment: { id: enrolmentId, status: 'ENROLLED', activity: { id: women } },
      }),
    ]);
    // The same change again opens nothing more.
    expect((await update(participantId, { gender: 'MALE', section: 'A1' })).errors).toBeUndefined();
    expect((await reviews()).filter((r: any) => r.participant.id === participantId)).toHaveLength(1);

    const noNote = await decide({ id: open[0].id, decision: 'KEEP', note: ' ' });
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const kept = await decide({ id: open[0].id, decision: 'KEEP', note: 'Blijft: de groep is akkoord.' });
    expect(kept.errors).toBeUndefined();
    expect(kept.data.decideEnrolmentReview.review).toMatchObject({ status: 'KEPT', enrolment: { id: enrolmentId, status: 'ENROLLED' } });
    expect((await reviews()).some((r: any) => r.id === open[0].id)).toBe(false);
    expect((await decide({ id: open[0].id, decision: 'WITHDRAW', note: 'Toch niet.' })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('WITHDRAW withdraws through the withdrawal’s move: the head of the waiting list takes the place', async () => {
    const suspects = await world.activity({ capacity: 1, audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT'] } });
    const first = await enrolled(suspects, 'Claes');
    const second = await enrolled(suspects, 'Wouters');
    expect([first.status, second.status]).toEqual(['ENROLLED', 'WAITLISTED']);
    await update(first.participantId, { legalStatus: 'CONVICTED' });
    // Nothing withdrawn by the change itself.
    expect((await graph.participants.prisma.enrolment.findUniqueOrThrow({ where: { id: first.enrolmentId } })).status).toBe('ENROLLED');
    const review = (await reviews()).find((r: any) => r.enrolment.id === first.enrolmentId);
    expect(review.causes).toEqual(['LEGAL_STATUS']);

    const withdrawn = await decide({
      id: review.id,
      decision: 'WITHDRAW',
      note: 'Veroordeeld: de groep is voor verdachten.',
      reasonCode: 'OTHER',
    });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.decideEnrolmentReview.review).toMatchObject({ status: 'WITHDRAWN', enrolment: { status: 'WITHDRAWN' } });
    expect((await graph.participants.prisma.enrolment.findUniqueOrThrow({ where: { id: second.enrolmentId } })).status).toBe('ENROLLED');
    const history = await graph.participants.prisma.enrolmentChange.findMany({
      where: { enrolmentId: first.enrolmentId },
      orderBy: { at: 'asc' },
    });
    expect(history.at(-1)).toMatchObject({ from: 'ENROLLED', to: 'WITHDRAWN', dropoutReason: 'OTHER' });
    expect((await reviews(null)).find((r: any) => r.id === review.id)).toMatchObject({
      status: 'WITHDRAWN',
      decidedAt: expect.any(String),
    });
  });

  it('partner staff, volunteers and prison staff neither see nor decide reviews', async () => {
    const [review] = await reviews(null);
    expect(review).toBeDefined();
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: world.organisationId });
    const volunteer = await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'], organisationId: world.organisationId });
    const prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    for (const bearer of [staff, volunteer, prisonStaff]) {
      const read = await graph.send(REVIEWS, { prisonId: 'HAREN', status: null }, bearer);
      expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(read.data?.enrolmentReviews ?? null).toBeNull();
      const change = await decide({ id: review.id, decision: 'KEEP', note: 'Mag blijven.' }, bearer);
      expect(change.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
