import { activityWithSessions } from './sessions-fixtures';
import { activityInput, at, isoDate, partnerIn, publishedActivity, registeredParticipant, roomsOf } from './fixtures';
import { contract, startGraph, type Graph } from './graph';
import { eventually } from './wait';

// The contract's web/EnrolmentCheck with every promise of its comment: the reasons requestEnrolment refuses
// with, the four warnings, a message that never names the other person; requestEnrolment and decideScreening
// APPROVED refused until each warning is acknowledged, nothing written meanwhile, the acknowledgement in the
// history (hidden from partner staff).
describe('the enrolment check (contract)', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let serial = 0;

  const check = (activityId: string, participantId: string, bearer = coordinator) =>
    graph.run('web/EnrolmentCheck.graphql', { activityId, participantId }, bearer);
  const request = (activityId: string, participantId: string, acknowledgedWarnings?: string[]) =>
    graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId, participantId, idempotencyKey: `check-${++serial}`, acknowledgedWarnings } },
      coordinator,
    );
  const activity = (overrides: Record<string, unknown> = {}) =>
    publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, overrides));
  const participant = (overrides: Record<string, unknown> = {}) => registeredParticipant(graph, coordinator, overrides);
  const keepApart = (participantIds: string[]) =>
    graph.run('web/RecordNonAssociation.graphql', { input: { prisonId: 'HAREN', participantIds, reason: 'CO_ACCUSED' } }, coordinator);
  const enrolmentsOf = async (participantId: string) =>
    (
      await graph.send(
        `query($id: ID!) { participant(id: $id) { enrolments { id status history { to acknowledgedWarnings } } } }`,
        { id: participantId },
        coordinator,
      )
    ).data.participant.enrolments;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('is eligible without warnings for a participant who fits, and gives the reasons requestEnrolment refuses with', async () => {
    const activityId = await activity();
    const fits = await participant({ languages: ['nl'] });
    expect((await check(activityId, fits)).data.enrolmentCheck).toEqual({ eligible: true, reasons: [], warnings: [] });

    const interned = await participant({ legalStatus: 'INTERNED' });
    expect((await check(activityId, interned)).data.enrolmentCheck).toEqual({
      eligible: false,
      reasons: ['NOT_ELIGIBLE_AUDIENCE'],
      warnings: [],
    });
    expect((await request(activityId, interned)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ELIGIBLE_AUDIENCE',
    });

    expect((await request(activityId, fits)).errors).toBeUndefined();
    expect((await check(activityId, fits)).data.enrolmentCheck).toEqual({ eligible: false, reasons: ['ALREADY_ENROLLED'], warnings: [] });
    expect((await request(activityId, fits)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' });

    const unknown = await check('00000000-0000-4000-8000-000000000000', fits);
    expect(unknown.data.enrolmentCheck).toEqual({ eligible: false, reasons: ['ACTIVITY_NOT_OPEN'], warnings: [] });
  });

  it('warns about a non-association without naming the other person; a request needs it acknowledged and writes nothing before', async () => {
    const activityId = await activity();
    const enrolled = await participant({ firstName: 'Dimitri', lastName: 'Vermeulen', detaineeNumber: 'NA-DIMITRI' });
    const other = await participant();
    expect((await request(activityId, enrolled)).errors).toBeUndefined();
    expect((await keepApart([enrolled, other])).errors).toBeUndefined();

    const answer = (await check(activityId, other)).data.enrolmentCheck;
    expect(answer).toEqual({ eligible: true, reasons: [], warnings: [{ code: 'NON_ASSOCIATION', message: expect.any(String) }] });
    expect(answer.warnings[0].message).not.toMatch(/Dimitri|Vermeulen|NA-DIMITRI/);
    expect(answer.warnings[0].message).not.toContain(enrolled);

    const refused = await request(activityId, other, ['LANGUAGE']);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'acknowledgedWarnings',
      reason: 'WARNINGS_NOT_ACKNOWLEDGED',
      warnings: ['NON_ASSOCIATION'],
    });
    expect(refused.errors?.[0].message).not.toMatch(/Dimitri|Vermeulen/);
    expect(await enrolmentsOf(other)).toEqual([]);

    const acknowledged = await request(activityId, other, ['NON_ASSOCIATION']);
    expect(acknowledged.errors).toBeUndefined();
    expect((await enrolmentsOf(other))[0].history).toEqual([{ to: 'ENROLLED', acknowledgedWarnings: ['NON_ASSOCIATION'] }]);

    // Partner staff of the organisation see the enrolments, never what was acknowledged.
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const seen = await graph.send(
      `query($id: ID!) { activity(id: $id) { enrolments { status history { to acknowledgedWarnings } } } }`,
      { id: activityId },
      staff,
    );
    expect(seen.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(seen)).not.toContain('NON_ASSOCIATION');
  });

  it('decideScreening APPROVED needs the warnings acknowledged too', async () => {
    const activityId = await activity({ screeningRequired: true });
    const [a, b] = [await participant(), await participant()];
    expect((await request(activityId, a)).errors).toBeUndefined();
    const screening = await request(activityId, b);
    const id = screening.data.requestEnrolment.enrolment.id;
    expect((await keepApart([a, b])).errors).toBeUndefined();
    const decide = (acknowledgedWarnings?: string[]) =>
      graph.send(
        `mutation($id: ID!, $ack: [EnrolmentWarningCode!]) { decideScreening(id: $id, decision: APPROVED, acknowledgedWarnings: $ack) { enrolment { id status } } }`,
        { id, ack: acknowledgedWarnings },
        coordinator,
      );
    expect((await decide()).errors?.[0].extensions).toMatchObject({ reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: ['NON_ASSOCIATION'] });
    expect((await enrolmentsOf(b))[0].status).toBe('IN_SCREENING');
    expect((await decide(['NON_ASSOCIATION'])).data.decideScreening.enrolment.status).toBe('ENROLLED');
  });

  it('warns about language, an earlier dropout and a clash of sessions', async () => {
    const speaksArabic = await participant({ languages: ['ar'] });
    const plain = await activity();
    expect((await check(plain, speaksArabic)).data.enrolmentCheck.warnings.map((w: any) => w.code)).toEqual(['LANGUAGE']);

    const dropping = await participant();
    expect((await request(plain, dropping)).errors).toBeUndefined();
    const [{ id: enrolmentId }] = await enrolmentsOf(dropping);
    await graph.send(
      `mutation($id: ID!) { markDroppedOut(id: $id, reason: "Kwam niet meer.") { enrolment { id } } }`,
      { id: enrolmentId },
      coordinator,
    );
    expect((await check(plain, dropping)).data.enrolmentCheck.warnings.map((w: any) => w.code)).toEqual(['EARLIER_DROPOUT']);
    expect((await request(plain, dropping)).errors?.[0].extensions?.warnings).toEqual(['EARLIER_DROPOUT']);
    expect((await request(plain, dropping, ['EARLIER_DROPOUT'])).errors).toBeUndefined();

    const rooms = await roomsOf(graph, coordinator, 'HAREN');
    const first = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, [[at(3, 9), at(3, 11), rooms[0].id]]);
    const overlapping = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, [[at(3, 10), at(3, 12), rooms[1].id]]);
    const later = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, [
      [at(3, 11), at(3, 12), rooms[2 % rooms.length].id],
    ]);
    const busy = await participant();
    expect((await request(first.id, busy)).errors).toBeUndefined();
    const warned = await eventually(
      () => check(overlapping.id, busy),
      (answer) => answer.data?.enrolmentCheck.warnings.length > 0,
    );
    expect(warned.data.enrolmentCheck.warnings.map((w: any) => w.code)).toEqual(['SCHEDULE_CLASH']);
    // Back to back is no clash.
    expect((await check(later.id, busy)).data.enrolmentCheck.warnings).toEqual([]);
  });

  it('warns about a dropout from an earlier edition when enrolling in the next one', async () => {
    const first = await activity();
    const dropping = await participant();
    expect((await request(first, dropping)).errors).toBeUndefined();
    const [{ id: enrolmentId }] = await enrolmentsOf(dropping);
    await graph.send(
      `mutation($id: ID!) { markDroppedOut(id: $id, reason: "Kwam niet meer.") { enrolment { id } } }`,
      { id: enrolmentId },
      coordinator,
    );
    const objectives = [{ objective: 'Basiswoordenschat', result: 'PARTLY_MET' }];
    expect(
      (
        await graph.run(
          'web/EvaluateActivity.graphql',
          { input: { activityId: first, objectives, decision: 'ADJUST' }, language: 'NL' },
          coordinator,
        )
      ).errors,
    ).toBeUndefined();
    const planned = await graph.run(
      'web/PlanNextEdition.graphql',
      { input: { activityId: first, startsOn: isoDate(30), endsOn: isoDate(90) } },
      coordinator,
    );
    expect(planned.errors).toBeUndefined();
    const next = planned.data.planNextEdition.activity.id;
    expect((await graph.run('web/PublishActivity.graphql', { id: next }, coordinator)).errors).toBeUndefined();
    const warned = await eventually(
      () => check(next, dropping),
      (answer) => answer.data?.enrolmentCheck.eligible === true && answer.data.enrolmentCheck.warnings.length > 0,
    );
    expect(warned.data.enrolmentCheck.warnings.map((w: any) => w.code)).toEqual(['EARLIER_DROPOUT']);
    // Someone who never dropped out of either edition is not warned.
    expect((await check(next, await participant())).data.enrolmentCheck.warnings).toEqual([]);
  });

  it('is for the coordinators of the prison: partner staff, volunteers and prison staff are refused alike, with or without a warning', async () => {
    const activityId = await activity();
    const [a, b, c] = [await participant(), await participant(), await participant()];
    await request(activityId, a);
    await keepApart([a, b]);
    for (const bearer of [
      await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId }),
      await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] }),
    ]) {
      const [warned, clean] = [await check(activityId, b, bearer), await check(activityId, c, bearer)];
      expect(warned.data?.enrolmentCheck ?? null).toBeNull();
      expect(warned.errors?.map((e) => [e.extensions?.code, e.message])).toEqual(clean.errors?.map((e) => [e.extensions?.code, e.message]));
      expect(warned.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(contract('web/EnrolmentCheck.graphql')).toContain('enrolmentCheck(activityId: $activityId, participantId: $participantId)');
  });
});
