import { openFollowUp } from '../../../services/participants/src/modules/follow-up/follow-up.service';
import { followUpWorld, type FollowUpWorld } from './follow-ups-fixtures';
import { startGraph, type Graph } from './graph';

// Around the contract: a dropout opens a follow-up unless one is open, a release or a transfer closes
// them (CLOSED, with the cause), the structured reasons of withdrawals and rejections, the read audit,
// the access request's export and the events (ids and codes, never the note).
describe('dropout follow-ups (lifecycle, audit, export, events)', () => {
  let graph: Graph;
  let world: FollowUpWorld;

  const followUpRows = (enrolmentId: string) =>
    graph.participants.prisma.dropoutFollowUp.findMany({ where: { enrolmentId }, orderBy: { openedAt: 'asc' } });

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await followUpWorld(graph);
  });
  afterAll(() => graph?.stop());

  it('a dropout after three absences keeps the follow-up already open; after its conversation a new dropout opens another', async () => {
    const activityId = await world.activity();
    const { enrolmentId, participantId } = await world.enrolled(activityId);
    // The rule of three opened one while they were still enrolled (the service's client, typed from its
    // build here, is the same client as the sources' one).
    await graph.participants.prisma.$transaction((tx) =>
      openFollowUp(tx as Parameters<typeof openFollowUp>[0], { enrolmentId, participantId, trigger: 'ABSENCES', absencesInRow: 3 }),
    );
    await world.dropOut(enrolmentId);
    expect((await followUpRows(enrolmentId)).map((f) => [f.trigger, f.status, f.absencesInRow])).toEqual([['ABSENCES', 'OPEN', 3]]);

    const followUp = await world.followUpOf(enrolmentId);
    expect(followUp).toMatchObject({ trigger: 'ABSENCES', enrolment: { status: 'DROPPED_OUT' } });
    await world.converse({ followUpId: followUp.id, reasons: ['CONTENT'], outcome: 'RESUMED' });
    expect((await world.dropOut(enrolmentId)).data.markDroppedOut.enrolment.status).toBe('DROPPED_OUT');
    expect((await followUpRows(enrolmentId)).map((f) => [f.trigger, f.status])).toEqual([
      ['ABSENCES', 'DONE'],
      ['DROPPED_OUT', 'OPEN'],
    ]);
  });

  it.each([
    ['recordRelease', 'RELEASED', 'mutation($id: ID!) { recordRelease(id: $id) { participant { id status } } }'],
    ['recordTransfer', 'TRANSFERRED', 'mutation($id: ID!) { recordTransfer(id: $id, toPrisonId: "GENT") { participant { id status } } }'],
  ])('%s closes the open follow-ups (CLOSED, cause %s); a conversation then is a CONFLICT', async (_field, cause, mutation) => {
    const activityId = await world.activity();
    const { enrolmentId, participantId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId);
    const followUp = await world.followUpOf(enrolmentId);
    expect((await graph.send(mutation, { id: participantId }, world.coordinator)).errors).toBeUndefined();

    const read = await graph.send(
      `query($prisonId: ID!) { dropoutFollowUps(prisonId: $prisonId, status: CLOSED, first: 100) { edges { node { id status closedCause closedAt conversation { outcome } } } } }`,
      { prisonId: 'HAREN' },
      world.coordinator,
    );
    expect(read.data.dropoutFollowUps.edges.map((e: any) => e.node)).toContainEqual({
      id: followUp.id,
      status: 'CLOSED',
      closedCause: cause,
      closedAt: expect.any(String),
      conversation: null,
    });
    const late = await world.converse({ followUpId: followUp.id, reasons: ['HEALTH'], outcome: 'RESUMED' });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'CLOSED' });

    const closed = (await graph.participants.prisma.outboxEvent.findMany({ where: { type: 'FollowUpClosed' } })).map(
      (e) => e.payload as any,
    );
    expect(closed.find((p) => p.followUpId === followUp.id)).toMatchObject({ status: 'CLOSED', cause, reasons: [], outcome: null });
  });

  it('withdrawals and rejections take an optional reason code; existing calls keep working', async () => {
    const activityId = await world.activity({ screeningRequired: true });
    const a = await world.enrolled(activityId);
    const b = await world.enrolled(activityId);
    const decide = (id: string, decision: string, reasonCode?: string) =>
      graph.send(
        `mutation($id: ID!, $decision: ScreeningDecision!, $reasonCode: RejectionReason) {
          decideScreening(id: $id, decision: $decision, reason: "Negatief advies.", reasonCode: $reasonCode) { enrolment { id status } } }`,
        { id, decision, reasonCode },
        world.coordinator,
      );
    expect((await decide(a.enrolmentId, 'APPROVED', 'NOT_READY')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reasonCode',
    });
    expect((await decide(a.enrolmentId, 'REJECTED', 'SECURITY_ADVICE')).data.decideScreening.enrolment.status).toBe('REJECTED');
    expect((await decide(b.enrolmentId, 'APPROVED')).data.decideScreening.enrolment.status).toBe('ENROLLED');

    // The contract's WithdrawEnrolment, unchanged; and the same mutation with a code.
    expect(
      (await graph.run('web/WithdrawEnrolment.graphql', { id: b.enrolmentId, reason: 'Werkt nu.' }, world.coordinator)).errors,
    ).toBeUndefined();
    const c = await world.enrolled(await world.activity());
    const coded = await graph.send(
      `mutation($id: ID!) { withdrawEnrolment(id: $id, reason: "Werkt nu.", reasonCode: SCHEDULE_CLASH_WORK) { enrolment { status } } }`,
      { id: c.enrolmentId },
      world.coordinator,
    );
    expect(coded.data.withdrawEnrolment.enrolment.status).toBe('WITHDRAWN');

    const last = async (participantId: string) =>
      (
        await graph.send(
          `query($id: ID!) { participant(id: $id) { enrolments { history { to dropoutReason rejectionReason } } } }`,
          { id: participantId },
          world.coordinator,
        )
      ).data.participant.enrolments[0].history.at(-1);
    expect(await last(a.participantId)).toEqual({ to: 'REJECTED', dropoutReason: null, rejectionReason: 'SECURITY_ADVICE' });
    expect(await last(b.participantId)).toEqual({ to: 'WITHDRAWN', dropoutReason: null, rejectionReason: null });
    expect(await last(c.participantId)).toEqual({ to: 'WITHDRAWN', dropoutReason: 'SCHEDULE_CLASH_WORK', rejectionReason: null });
    // A withdrawal opens no follow-up: the participant chose to leave and said why.
    expect(await followUpRows(c.enrolmentId)).toEqual([]);
  });

  it('audits every read of a follow-up under its participant, exports it, and keeps the note out of the events', async () => {
    const activityId = await world.activity();
    const { enrolmentId, participantId } = await world.enrolled(activityId);
    await world.dropOut(enrolmentId, 'HEALTH');
    const followUp = await world.followUpOf(enrolmentId);
    await world.converse({
      followUpId: followUp.id,
      reasons: ['HEALTH'],
      outcome: 'REFERRED_TO_INDIVIDUAL_SUPPORT',
      note: 'Zie psycholoog.',
    });

    const audit = await graph.participants.prisma.auditEvent.findMany({ where: { participantId, operationName: 'DropoutFollowUps' } });
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((event) => event.categories.includes('FOLLOW_UPS'))).toBe(true);
    const conversationAudit = await graph.participants.prisma.auditEvent.findMany({
      where: { participantId, operationName: 'RecordFollowUpConversation' },
    });
    expect(conversationAudit.map((e) => e.categories)).toEqual([expect.arrayContaining(['FOLLOW_UPS'])]);

    const exported = await graph.send(
      `query($id: ID!) { participantDataExport(participantId: $id) { participants } }`,
      { id: participantId },
      world.coordinator,
    );
    expect(exported.data.participantDataExport.participants.followUps).toEqual([
      expect.objectContaining({
        id: followUp.id,
        trigger: 'DROPPED_OUT',
        status: 'DONE',
        conversationReasons: ['HEALTH'],
        conversationOutcome: 'REFERRED_TO_INDIVIDUAL_SUPPORT',
        conversationNote: 'Zie psycholoog.',
        conversationHeldOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);

    const events = await graph.participants.prisma.outboxEvent.findMany({
      where: { type: { in: ['FollowUpOpened', 'FollowUpClosed'] } },
      orderBy: { position: 'asc' },
    });
    const mine = events.map((e) => e.payload as any).filter((p) => p.followUpId === followUp.id);
    expect(mine).toEqual([
      expect.objectContaining({ enrolmentId, participantId, activityId, prisonId: 'HAREN', trigger: 'DROPPED_OUT', absencesInRow: null }),
      expect.objectContaining({ status: 'DONE', reasons: ['HEALTH'], outcome: 'REFERRED_TO_INDIVIDUAL_SUPPORT', cause: null }),
    ]);
    expect(JSON.stringify(mine)).not.toContain('psycholoog');
  });

  it('RESUMED refuses, changing nothing, while the participant has another open enrolment in the activity', async () => {
    const activityId = await world.activity();
    const first = await world.enrolled(activityId);
    await world.dropOut(first.enrolmentId);
    // Asking again after a dropout is warned about (EARLIER_DROPOUT): the coordinator acknowledges it.
    const again = await graph.run(
      'web/RequestEnrolment.graphql',
      {
        input: {
          activityId,
          participantId: first.participantId,
          idempotencyKey: `again-${first.enrolmentId}`,
          acknowledgedWarnings: ['EARLIER_DROPOUT'],
        },
      },
      world.coordinator,
    );
    expect(again.data.requestEnrolment.enrolment.status).toBe('ENROLLED');
    const followUp = await world.followUpOf(first.enrolmentId);
    const resumed = await world.converse({ followUpId: followUp.id, reasons: ['OTHER'], outcome: 'RESUMED' });
    expect(resumed.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await followUpRows(first.enrolmentId))[0].status).toBe('OPEN');
  });
});
