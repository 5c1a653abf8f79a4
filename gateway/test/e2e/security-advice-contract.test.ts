import { activityInput, belgianIsoDate, isoDate, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';

// The contract's web/SecurityAdviceRequests and web/GiveSecurityAdvice with every promise of their comments:
// a request opens with each screening of an activity that requires advice (due in 10 days, changeable), the
// prison staff's queue, the answer and its checks, APPROVED refused while pending and after an unfavourable
// advice until acknowledged; nobody but the prison's staff and coordinators sees any of it.
describe('security advice in screening (contract)', () => {
  let graph: Graph;
  let coordinator: string;
  let prisonStaff: string;
  let organisationId: string;
  let serial = 0;

  const queue = (bearer = prisonStaff, variables: Record<string, unknown> = {}) =>
    graph.run('web/SecurityAdviceRequests.graphql', { prisonId: 'HAREN', language: 'NL', first: 100, ...variables }, bearer);
  const give = (input: Record<string, unknown>, bearer = prisonStaff) => graph.run('web/GiveSecurityAdvice.graphql', { input }, bearer);
  const decide = (id: string, decision: string, acknowledgedWarnings?: string[]) =>
    graph.send(
      `mutation($id: ID!, $decision: ScreeningDecision!, $ack: [EnrolmentWarningCode!]) {
        decideScreening(id: $id, decision: $decision, reason: "Beslist.", acknowledgedWarnings: $ack) { enrolment { id status } } }`,
      { id, decision, ack: acknowledgedWarnings },
      coordinator,
    );

  /** A participant in screening for a new activity requiring advice; the enrolment id and the request in the queue. */
  async function inScreening(names: Record<string, unknown> = {}) {
    const activityId = await publishedActivity(
      graph,
      coordinator,
      activityInput('HAREN', organisationId, { screeningRequired: true, securityAdviceRequired: true }),
    );
    const participantId = await registeredParticipant(graph, coordinator, { section: 'Sectie B', ...names });
    const requested = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId, participantId, idempotencyKey: `advice-${++serial}` } },
      coordinator,
    );
    expect(requested.data.requestEnrolment.enrolment.status).toBe('IN_SCREENING');
    const enrolmentId = requested.data.requestEnrolment.enrolment.id as string;
    const node = (await queue()).data.securityAdviceRequests.edges.map((e: any) => e.node).find((n: any) => n.enrolment.id === enrolmentId);
    return { activityId, participantId, enrolmentId, request: node };
  }

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('opens a request with the screening, due in 10 days, in the prison staff’s queue with who and what', async () => {
    const { activityId, participantId, enrolmentId, request } = await inScreening({ firstName: 'Karim', lastName: 'Benali' });
    expect(request).toEqual({
      id: expect.any(String),
      status: 'PENDING',
      requestedAt: expect.any(String),
      dueOn: belgianIsoDate(10),
      enrolment: {
        id: enrolmentId,
        participant: { id: participantId, detaineeNumber: expect.any(String), displayName: 'Karim B.', section: 'Sectie B' },
        activity: { id: activityId, title: 'Atelier tekenen en schilderen' },
      },
    });
    // Coordinators see the same list; the earliest due first.
    const seen = (await queue(coordinator)).data.securityAdviceRequests;
    const due = seen.edges.map((e: any) => e.node.dueOn);
    expect([...due].sort()).toEqual(due);
    expect(seen.totalCount).toBeGreaterThanOrEqual(1);
    // An activity without the requirement opens none.
    const plain = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, { screeningRequired: true }));
    const other = await registeredParticipant(graph, coordinator);
    const screened = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId: plain, participantId: other, idempotencyKey: `plain-${++serial}` } },
      coordinator,
    );
    const ids = (await queue()).data.securityAdviceRequests.edges.map((e: any) => e.node.enrolment.id);
    expect(ids).not.toContain(screened.data.requestEnrolment.enrolment.id);
  });

  it('refuses APPROVED while pending; the due day can be changed; an unfavourable advice must be acknowledged', async () => {
    const { enrolmentId, request } = await inScreening();
    expect((await decide(enrolmentId, 'APPROVED')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SECURITY_ADVICE_PENDING',
    });

    const moved = await graph.send(
      `mutation($id: ID!, $dueOn: Date!) { changeSecurityAdviceDueOn(id: $id, dueOn: $dueOn) { securityAdvice { id dueOn } } }`,
      { id: request.id, dueOn: isoDate(3) },
      coordinator,
    );
    expect(moved.data.changeSecurityAdviceDueOn.securityAdvice).toEqual({ id: request.id, dueOn: isoDate(3) });

    expect((await give({ id: request.id, advice: 'UNFAVOURABLE' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await give({ id: request.id, advice: 'FAVOURABLE_WITH_CONDITIONS' })).errors?.[0].extensions).toMatchObject({
      field: 'conditions',
    });
    expect((await give({ id: request.id, advice: 'FAVOURABLE' }, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const given = await give({ id: request.id, advice: 'UNFAVOURABLE', reason: 'Conflict met medegedetineerde in de groep.' });
    expect(given.errors).toBeUndefined();
    expect(given.data.giveSecurityAdvice.securityAdvice).toEqual({
      id: request.id,
      status: 'GIVEN',
      advice: 'UNFAVOURABLE',
      conditions: null,
      reason: 'Conflict met medegedetineerde in de groep.',
      givenAt: expect.any(String),
    });
    expect((await give({ id: request.id, advice: 'FAVOURABLE' })).errors?.[0].extensions?.code).toBe('CONFLICT');

    expect((await decide(enrolmentId, 'APPROVED')).errors?.[0].extensions).toMatchObject({
      reason: 'WARNINGS_NOT_ACKNOWLEDGED',
      warnings: ['UNFAVOURABLE_ADVICE'],
    });
    const approved = await decide(enrolmentId, 'APPROVED', ['UNFAVOURABLE_ADVICE']);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.decideScreening.enrolment.status).toBe('ENROLLED');
  });

  it('withdraws the pending request when the screening is rejected, and a favourable one with conditions lets it through', async () => {
    const rejected = await inScreening();
    expect((await decide(rejected.enrolmentId, 'REJECTED')).errors).toBeUndefined();
    const all = (await queue(prisonStaff, { first: 100 })).data.securityAdviceRequests.edges.map((e: any) => e.node);
    expect(all.find((n: any) => n.id === rejected.request.id)).toBeUndefined();
    expect((await give({ id: rejected.request.id, advice: 'FAVOURABLE' })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const approved = await inScreening();
    expect(
      (await give({ id: approved.request.id, advice: 'FAVOURABLE_WITH_CONDITIONS', conditions: 'Enkel met begeleiding.' })).errors,
    ).toBeUndefined();
    expect((await decide(approved.enrolmentId, 'APPROVED')).data.decideScreening.enrolment.status).toBe('ENROLLED');
  });

  it('audits every read, and is in the participant’s data export', async () => {
    const { participantId, request } = await inScreening();
    await give({ id: request.id, advice: 'FAVOURABLE_WITH_CONDITIONS', conditions: 'Niet samen met sectie C.' });
    const audited = await graph.participants.prisma.auditEvent.findMany({
      where: { participantId, categories: { has: 'SECURITY_ADVICE' } },
    });
    expect(audited.length).toBeGreaterThan(0);
    const exported = await graph.send(
      `query($id: ID!) { participantDataExport(participantId: $id) { participants } }`,
      { id: participantId },
      coordinator,
    );
    expect(JSON.stringify(exported.data.participantDataExport.participants)).toContain('Niet samen met sectie C.');
  });

  it('tells partner staff, volunteers, analysts and another prison nothing, the same with or without a request', async () => {
    const { request } = await inScreening();
    const unknownId = '00000000-0000-4000-8000-000000000000';
    for (const bearer of [
      await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId }),
      await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['PRISON_STAFF'], prisons: ['GENT'] }),
    ]) {
      const listed = await queue(bearer);
      expect(listed.data?.securityAdviceRequests ?? null).toBeNull();
      expect(listed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const [existing, missing] = [
        await give({ id: request.id, advice: 'FAVOURABLE' }, bearer),
        await give({ id: unknownId, advice: 'FAVOURABLE' }, bearer),
      ];
      expect(existing.errors?.map((e) => [e.extensions?.code, e.message.replaceAll(request.id, '<id>')])).toEqual(
        missing.errors?.map((e) => [e.extensions?.code, e.message.replaceAll(unknownId, '<id>')]),
      );
    }
  });
});
