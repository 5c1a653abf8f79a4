import { activityInput, isoDate, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const REQUEST = `mutation($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { enrolment { id requester requestedOn } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateParticipantInput!) { updateParticipant(id: $id, input: $input) { participant { id } } }`;

// Issue 12: who asked for an enrolment is a code with the day it was asked; the free text of old clients
// goes into the note; and a change of gender or legal status cannot slip past an enrolment under way.
describe('enrolment requests: requester, day asked, and eligibility under the participant lock', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let activityId: string;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, { capacity: 40 }));
  });
  afterAll(() => graph?.stop());

  const request = (input: Record<string, unknown>, bearer = coordinator) =>
    graph.send(REQUEST, { input: { activityId, ...input } }, bearer);

  it('keeps who asked and the day asked, for the coordinators of the prison', async () => {
    const participantId = await registeredParticipant(graph, coordinator);
    const answer = await request({ participantId, idempotencyKey: 'req-1', requester: 'PSYCHOSOCIAL_SERVICE', requestedOn: isoDate(-3) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.requestEnrolment.enrolment).toMatchObject({ requester: 'PSYCHOSOCIAL_SERVICE', requestedOn: isoDate(-3) });
  });

  it('defaults to OTHER and today, and keeps the deprecated free text in the note', async () => {
    const participantId = await registeredParticipant(graph, coordinator);
    const answer = await request({ participantId, idempotencyKey: 'req-2', requestedBy: 'de PSD', note: 'Wil Nederlands leren' });
    expect(answer.errors).toBeUndefined();
    const enrolment = answer.data.requestEnrolment.enrolment;
    expect(enrolment).toMatchObject({ requester: 'OTHER' });
    expect([isoDate(0), isoDate(-1), isoDate(1)]).toContain(enrolment.requestedOn);
    const row = await graph.participants.prisma.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
    expect(row.note).toBe('Wil Nederlands leren\nRequested by: de PSD');
  });

  it('refuses a day after today or over a year back, writing nothing', async () => {
    const participantId = await registeredParticipant(graph, coordinator);
    for (const requestedOn of [isoDate(2), isoDate(-400)]) {
      const answer = await request({ participantId, idempotencyKey: `req-day-${requestedOn}`, requestedOn });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedOn' });
    }
    expect(await graph.participants.prisma.enrolment.count({ where: { participantId } })).toBe(0);
  });

  it('shows neither to partner staff of the organisation', async () => {
    const participantId = await registeredParticipant(graph, coordinator);
    expect((await request({ participantId, idempotencyKey: 'req-3', requester: 'PRISON_STAFF' })).errors).toBeUndefined();
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    for (const field of ['requester', 'requestedOn']) {
      const answer = await graph.send(`query($id: ID!) { activity(id: $id) { enrolments { id ${field} } } }`, { id: activityId }, staff);
      expect((answer.errors ?? []).map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(answer.data ?? {})).not.toMatch(/PRISON_STAFF|\d{4}-\d{2}-\d{2}/);
    }
  });

  // Before, eligibility was read before the participant's lock: a change of gender committed meanwhile
  // let the request enrol someone outside the audience with no review opened. Now either the request is
  // refused, or the enrolment exists before the change and the change opens its review.
  (onPostgres ? it : it.skip)(
    'never leaves an open enrolment outside the audience without a review, whatever the order (PostgreSQL)',
    async () => {
      const menOnly = await publishedActivity(
        graph,
        coordinator,
        activityInput('HAREN', organisationId, { audience: { genders: ['MALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] }, capacity: 40 }),
      );
      for (let round = 0; round < 8; round += 1) {
        const participantId = await registeredParticipant(graph, coordinator, { gender: 'MALE' });
        await Promise.all([
          graph.send(REQUEST, { input: { activityId: menOnly, participantId, idempotencyKey: `race-${round}` } }, coordinator),
          graph.send(UPDATE, { id: participantId, input: { gender: 'FEMALE' } }, coordinator),
        ]);
        const open = await graph.participants.prisma.enrolment.findMany({
          where: { participantId, status: { in: ['REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED'] } },
        });
        for (const enrolment of open)
          expect(await graph.participants.prisma.enrolmentReview.count({ where: { enrolmentId: enrolment.id, status: 'OPEN' } })).toBe(1);
      }
    },
  );
});
