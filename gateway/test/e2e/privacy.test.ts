import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const EXPORT = `query ParticipantDataExport($id: ID!) {
  participantDataExport(participantId: $id) { participantId generatedAt participants reporting }
}`;

// Issue 4, privacy: every read of a participant's data is audited (append-only), and their data export.
describe('privacy: the audit trail and the data export', () => {
  let graph: Graph;
  let coordinator: string;
  let participantId: string;
  let activityId: string;
  const auditOf = (id: string) => graph.participants.prisma.auditEvent.findMany({ where: { participantId: id }, orderBy: { at: 'asc' } });

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ sub: 'coordinator-1', roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId));
    participantId = await registeredParticipant(graph, coordinator, { detaineeNumber: 'PRIV-1', firstName: 'Ilias', lastName: 'Claes' });
    const enrolled = await eventually(
      () => graph.run('web/RequestEnrolment.graphql', { input: { activityId, participantId, idempotencyKey: 'privacy-1' } }, coordinator),
      (answer) => !answer.errors,
    );
    expect(enrolled.errors).toBeUndefined();
  });
  afterAll(() => graph?.stop());

  it('records who read which categories of whose data, in which operation and request, never the values', async () => {
    const before = (await auditOf(participantId)).length;
    const answer = await graph.send(
      `query Dossier($id: ID!) { participant(id: $id) { displayName detaineeNumber legalStatus } }`,
      { id: participantId },
      coordinator,
    );
    expect(answer.errors).toBeUndefined();
    const events = (await auditOf(participantId)).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'coordinator-1',
      roles: ['COORDINATOR'],
      action: 'READ',
      categories: ['DETAINEE_NUMBER', 'PARTICIPANT_NAME', 'PARTICIPANT_PROFILE'],
      operationName: 'Dossier',
      requestId: answer.headers.get('x-request-id'),
    });
    expect(JSON.stringify(events)).not.toMatch(/Ilias|Claes|PRIV-1|CONVICTED/);
  });

  it('records one event per participant for a list, and none when nothing personal was read', async () => {
    const other = await registeredParticipant(graph, coordinator, { detaineeNumber: 'PRIV-2' });
    const [beforeOne, beforeOther] = [(await auditOf(participantId)).length, (await auditOf(other)).length];
    const list = await graph.send(
      `query { participants(prisonId: "HAREN", first: 50) { edges { node { id displayName } } } }`,
      {},
      coordinator,
    );
    expect(list.errors).toBeUndefined();
    expect((await auditOf(participantId)).length).toBe(beforeOne + 1);
    expect((await auditOf(other)).length).toBe(beforeOther + 1);
    await graph.send(`query { participants(prisonId: "HAREN") { totalCount } }`, {}, coordinator);
    expect((await auditOf(participantId)).length).toBe(beforeOne + 1);
  });

  it('audits the roll call a partner sees through an enrolment, with the categories of that view', async () => {
    const staff = await graph.token({ sub: 'staff-1', roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: await partnerOf() });
    const before = (await auditOf(participantId)).length;
    const answer = await graph.send(
      `query($id: ID!) { activity(id: $id) { enrolments { status participant { displayName detaineeNumber } } } }`,
      { id: activityId },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    const [event] = (await auditOf(participantId)).slice(before);
    expect(event).toMatchObject({
      actor: 'staff-1',
      roles: ['PARTNER_STAFF'],
      categories: ['DETAINEE_NUMBER', 'ENROLMENTS', 'PARTICIPANT_NAME'],
    });
  });

  it('keeps the trail append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const prisma = graph.participants.prisma;
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await auditOf(participantId)).every((event) => event.actor !== 'someone-else')).toBe(true);
  });

  it('returns no data when the audit event cannot be written', async () => {
    const prisma = graph.participants.prisma;
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit storage unavailable'; END; $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER audit_down BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_insert()`);
    try {
      const answer = await graph.send(
        `query($id: ID!) { participant(id: $id) { firstName detaineeNumber } }`,
        { id: participantId },
        coordinator,
      );
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(answer)).not.toMatch(/Ilias|PRIV-1|audit storage/);
      const exported = await graph.send(EXPORT, { id: participantId }, coordinator);
      expect(exported.data?.participantDataExport ?? null).toBeNull();
      expect(JSON.stringify(exported)).not.toMatch(/Ilias|PRIV-1/);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER audit_down ON "AuditEvent"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_insert()`);
    }
  });

  it('exports everything the graph holds about a participant as one JSON document, and audits it', async () => {
    await eventually(
      () => graph.reporting.prisma.reportEnrolment.count({ where: { participantId } }),
      (count) => count === 1,
    );
    const answer = await graph.send(EXPORT, { id: participantId }, coordinator);
    expect(answer.errors).toBeUndefined();
    const document = answer.data.participantDataExport;
    expect(document.participantId).toBe(participantId);
    expect(document.participants.participant).toMatchObject({ id: participantId, firstName: 'Ilias', detaineeNumber: 'PRIV-1' });
    expect(document.participants.enrolments).toEqual([
      expect.objectContaining({ activityId, status: 'ENROLLED', history: [expect.objectContaining({ to: 'ENROLLED' })] }),
    ]);
    expect(document.participants.accessLog.length).toBeGreaterThan(0);
    expect(document.reporting.enrolments).toEqual([expect.objectContaining({ activityId, prisonId: 'HAREN' })]);
    const [last] = (await auditOf(participantId)).slice(-1);
    expect(last).toMatchObject({ action: 'EXPORT', actor: 'coordinator-1', operationName: 'ParticipantDataExport' });
    expect(last.categories).toEqual(expect.arrayContaining(['PARTICIPANT_PROFILE', 'ENROLMENTS', 'CUSTODY']));
  });

  it('still gives the participants service’s part while reporting is down, with one error naming it', async () => {
    await graph.stopReporting();
    try {
      const answer = await graph.send(EXPORT, { id: participantId }, coordinator);
      expect(answer.data.participantDataExport.participants.participant.id).toBe(participantId);
      expect(answer.data.participantDataExport.reporting).toBeNull();
      expect(answer.errors?.map((error) => error.extensions)).toEqual([
        { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'reporting', requestId: expect.any(String) },
      ]);
    } finally {
      await graph.startReporting();
    }
  });

  it('gives the export to the coordinators of the prison only; others get what an unknown id gets', async () => {
    const policy = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    expect((await graph.send(EXPORT, { id: participantId }, policy)).errors).toBeUndefined();
    for (const [bearer, code] of [
      [await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }), 'NOT_FOUND'],
      [await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] }), 'FORBIDDEN'],
      [await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }), 'FORBIDDEN'],
    ] as const) {
      const known = await graph.send(EXPORT, { id: participantId }, bearer);
      const unknown = await graph.send(EXPORT, { id: UNKNOWN }, bearer);
      expect(known.errors?.[0].extensions?.code).toBe(code);
      expect(unknown.errors?.[0].extensions?.code).toBe(code);
      expect(JSON.stringify(known)).not.toMatch(/Ilias|PRIV-1/);
    }
    expect((await graph.send(EXPORT, { id: participantId })).errors?.[0].extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });

  async function partnerOf(): Promise<string> {
    const view = await graph.participants.prisma.activityView.findUniqueOrThrow({ where: { id: activityId } });
    return view.organisationId;
  }
});
