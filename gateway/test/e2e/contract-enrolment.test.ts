import { activityInput, participantsInBulk, partnerIn, publishedActivity as publishedActivityIn, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';

// contract/web/RequestEnrolment.graphql and WithdrawEnrolment.graphql.
describe('contract: web (enrolment)', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;

  const publishedActivity = (overrides: Record<string, unknown> = {}) =>
    publishedActivityIn(graph, coordinator, activityInput('HAREN', organisationId, overrides));
  const participant = (overrides: Record<string, unknown> = {}) => registeredParticipant(graph, coordinator, overrides);

  const request = (activityId: string, participantId: string, idempotencyKey = `key-${activityId}-${participantId}`) =>
    graph.run('web/RequestEnrolment.graphql', { input: { activityId, participantId, idempotencyKey } }, coordinator);

  beforeAll(async () => {
    // The burst below queues 200 requests behind one activity's lock on purpose (it tests their order,
    // not their speed): on a loaded CI machine the last ones may wait longer than the 5 s mutation timeout.
    graph = await startGraph({ gateway: { subgraphTimeouts: { readMs: 3_000, mutationMs: 60_000 } } });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('enrols while places are left, then waitlists with 1-based positions; screening first when required', async () => {
    const activityId = await publishedActivity({ capacity: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const answer = await request(activityId, await participant());
      expect(answer.errors).toBeUndefined();
      statuses.push([answer.data.requestEnrolment.enrolment.status, answer.data.requestEnrolment.enrolment.waitlistPosition]);
      expect(answer.data.requestEnrolment.enrolment.activity).toEqual({ id: activityId });
    }
    expect(statuses).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    const screened = await publishedActivity({ screeningRequired: true });
    expect((await request(screened, await participant())).data.requestEnrolment.enrolment.status).toBe('IN_SCREENING');
  });

  it('returns the same enrolment for the same idempotency key, and refuses a second open enrolment', async () => {
    const activityId = await publishedActivity();
    const participantId = await participant();
    const first = await request(activityId, participantId, 'same-key');
    const again = await request(activityId, participantId, 'same-key');
    expect(again.data.requestEnrolment.enrolment.id).toBe(first.data.requestEnrolment.enrolment.id);
    const second = await request(activityId, participantId, 'other-key');
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses ineligible requests with BAD_USER_INPUT and a reason, writing nothing', async () => {
    const womenOnly = await publishedActivity({ audience: { genders: ['FEMALE'], legalStatuses: ['CONVICTED'] } });
    const refused = await request(womenOnly, await participant());
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE_AUDIENCE' });
    const draft = (await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) }, coordinator)).data
      .createActivity.activity.id;
    expect((await request(draft, await participant())).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACTIVITY_NOT_OPEN',
    });
    expect(await graph.participants.prisma.enrolment.count({ where: { activityId: { in: [womenOnly, draft] } } })).toBe(0);
  });

  it('withdraws, promotes the head of the waiting list exactly once, and closes the gaps', async () => {
    const activityId = await publishedActivity({ capacity: 1 });
    const enrolments = [];
    for (let i = 0; i < 3; i++) enrolments.push((await request(activityId, await participant())).data.requestEnrolment.enrolment);
    const withdrawn = await graph.run('web/WithdrawEnrolment.graphql', { id: enrolments[0].id, reason: 'Vrijgelaten' }, coordinator);
    expect(withdrawn.data.withdrawEnrolment.enrolment).toEqual({ id: enrolments[0].id, status: 'WITHDRAWN' });
    const rows = await graph.participants.prisma.enrolment.findMany({ where: { activityId }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['WITHDRAWN', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
    ]);
    const twice = await graph.run('web/WithdrawEnrolment.graphql', { id: enrolments[0].id, reason: 'Nog eens' }, coordinator);
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps capacity and waiting-list order under 200 concurrent requests and 50 concurrent withdrawals', async () => {
    const activityId = await publishedActivity({ capacity: 12 });
    const participants = await participantsInBulk(graph, 'LOAD', 200);
    const answers = await Promise.all(participants.map((id) => request(activityId, id)));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const count = (status: 'ENROLLED' | 'WAITLISTED') => graph.participants.prisma.enrolment.count({ where: { activityId, status } });
    expect(await count('ENROLLED')).toBe(12);
    const positions = (await graph.participants.prisma.enrolment.findMany({ where: { activityId, status: 'WAITLISTED' } }))
      .map((e) => e.waitlistPosition)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual(Array.from({ length: 188 }, (_, i) => i + 1));

    const same = await Promise.all(Array.from({ length: 20 }, () => request(activityId, participants[0], 'twenty-times')));
    expect(new Set(same.map((a) => a.data?.requestEnrolment.enrolment.id)).size).toBe(1);

    const enrolled = await graph.participants.prisma.enrolment.findMany({ where: { activityId, status: 'ENROLLED' }, take: 12 });
    const waiting = await graph.participants.prisma.enrolment.findMany({
      where: { activityId, status: 'WAITLISTED' },
      orderBy: { waitlistPosition: 'asc' },
      take: 38,
    });
    const leaving = [...enrolled, ...waiting].slice(0, 50);
    const withdrawals = await Promise.all(
      leaving.map((e) => graph.run('web/WithdrawEnrolment.graphql', { id: e.id, reason: 'Vertrokken' }, coordinator)),
    );
    expect(withdrawals.filter((a) => a.errors)).toEqual([]);
    expect(await count('ENROLLED')).toBe(12);
    const after = (await graph.participants.prisma.enrolment.findMany({ where: { activityId, status: 'WAITLISTED' } }))
      .map((e) => e.waitlistPosition)
      .sort((a, b) => a! - b!);
    expect(after).toEqual(Array.from({ length: 200 - 12 - 38 - 12 }, (_, i) => i + 1));
  });

  it('CoordinatorOffer: the offer of a prison with enrolment figures; available never negative', async () => {
    const activityId = await publishedActivity({ capacity: 2, title: { nl: 'Figuren' } });
    for (let i = 0; i < 3; i++) await request(activityId, await participant());
    const summaryOf = async () => {
      const answer = await graph.run('web/CoordinatorOffer.graphql', { prisonId: 'HAREN', language: 'NL' }, coordinator);
      expect(answer.errors).toBeUndefined();
      return answer.data.activities.edges.find((e: any) => e.node.id === activityId).node;
    };
    const node = await summaryOf();
    expect(node).toMatchObject({
      title: 'Figuren',
      status: 'PUBLISHED',
      capacity: 2,
      enrolmentSummary: { enrolled: 2, waitlisted: 1, available: 0 },
    });
    expect(node.organisation).toEqual({ id: organisationId, name: 'CAW Brussel' });
    const lowered = await graph.send(
      `mutation($id: ID!) { updateActivity(id: $id, input: { capacity: 1 }) { activity { capacity } } }`,
      { id: activityId },
      coordinator,
    );
    expect(lowered.errors).toBeUndefined();
    expect((await summaryOf()).enrolmentSummary).toEqual({ enrolled: 2, waitlisted: 1, available: 0 });
    const other = await graph.run('web/CoordinatorOffer.graphql', { prisonId: 'GENT', language: 'NL' }, coordinator);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
