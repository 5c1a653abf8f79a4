import { activityInput, partnerIn, participantsInBulk, publishedActivity } from './fixtures';
import { startGraph, type Graph } from './graph';

// Requests that queue on one activity are placed together in one transaction (enrolment-request.service.ts),
// and each still gets its own answer: a burst on one activity with, among the new requests, the same request
// sent again, a key reused for someone else, someone enrolled already, an unknown participant and two people
// kept apart. Run on PostgreSQL too (TEST_DATABASE_URL), where the requests really overlap.
describe(`enrolment requests placed together (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  const CAPACITY = 12;
  const NEW = 60;

  beforeAll(async () => {
    // The burst queues on one activity on purpose; on a loaded machine it may outlast the 5 s mutation timeout.
    // No background feed polling: its statements would count too (a request catches up on the feed itself).
    graph = await startGraph({ followIntervalMs: 3_600_000, gateway: { subgraphTimeouts: { readMs: 3_000, mutationMs: 60_000 } } });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  const request = (activityId: string, participantId: string, idempotencyKey: string) =>
    graph.run('web/RequestEnrolment.graphql', { input: { activityId, participantId, idempotencyKey } }, coordinator);

  it('answers each request on its own and keeps every invariant', async () => {
    const activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, { capacity: CAPACITY }));
    const ids = await participantsInBulk(graph, 'GROUP', NEW + 4);
    const [enrolledBefore, soloist, apartA, apartB] = ids.slice(NEW);
    const newcomers = ids.slice(0, NEW);
    const before = await request(activityId, enrolledBefore!, 'group-before');
    expect(before.errors).toBeUndefined();
    // A lone request is a group of one: the statements a request placed on its own costs.
    graph.statements.participants.reset();
    expect((await request(activityId, soloist!, 'group-alone')).errors).toBeUndefined();
    const alone = graph.statements.participants.count;
    const recorded = await graph.run(
      'web/RecordNonAssociation.graphql',
      { input: { prisonId: 'HAREN', participantIds: [apartA, apartB], reason: 'VIOLENCE' } },
      coordinator,
    );
    expect(recorded.errors).toBeUndefined();

    const burst = [
      ...newcomers.map((id, i) => ({ participantId: id, key: `group-${i}`, expect: 'placed' })),
      // The same request sent again, at once: the same enrolment.
      ...[0, 1, 2].map((i) => ({ participantId: newcomers[i]!, key: `group-${i}`, expect: 'same' })),
      // A key of someone else's request.
      ...[3, 4].map((i) => ({ participantId: newcomers[i + 10]!, key: `group-${i}`, expect: 'reused' })),
      { participantId: enrolledBefore!, key: 'group-again', expect: 'already' },
      { participantId: '00000000-0000-4000-8000-000000000000', key: 'group-nobody', expect: 'unknown' },
      { participantId: apartA!, key: 'group-apart-a', expect: 'apart' },
      { participantId: apartB!, key: 'group-apart-b', expect: 'apart' },
    ];
    graph.statements.participants.reset();
    const answers = await Promise.all(burst.map((r) => request(activityId, r.participantId, r.key)));
    const together = graph.statements.participants.count;
    const of = (kind: string) => answers.filter((_, i) => burst[i]!.expect === kind);
    const codes = (kind: string) => of(kind).map((a) => a.errors?.[0]?.extensions);

    expect(of('placed').filter((a) => a.errors)).toEqual([]);
    const placedIds = of('placed').map((a) => a.data.requestEnrolment.enrolment.id);
    expect(new Set(placedIds).size).toBe(NEW);
    expect(of('same').map((a) => a.data?.requestEnrolment.enrolment.id)).toEqual(placedIds.slice(0, 3));
    expect(codes('reused')).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: 'idempotencyKey' }),
      expect.objectContaining({ code: 'CONFLICT', field: 'idempotencyKey' }),
    ]);
    expect(codes('already')).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' })]);
    expect(codes('unknown')).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    // Of the two kept apart, neither acknowledging the warning, exactly one is placed.
    expect(of('apart').filter((a) => !a.errors)).toHaveLength(1);
    expect(codes('apart').filter(Boolean)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: ['NON_ASSOCIATION'] }),
    ]);

    // The invariants: the capacity, the waiting list 1..n, one open enrolment each, one history line and one
    // event per enrolment, the events' positions in the order they were placed, and every answer audited.
    const rows = await graph.participants.prisma.enrolment.findMany({ where: { activityId } });
    const placedCount = 2 + NEW + 1;
    expect(rows).toHaveLength(placedCount);
    expect(rows.filter((r) => r.status === 'ENROLLED')).toHaveLength(CAPACITY);
    const positions = rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition!);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: placedCount - CAPACITY }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.participantId)).size).toBe(placedCount);
    const changes = await graph.participants.prisma.enrolmentChange.findMany({ where: { enrolmentId: { in: rows.map((r) => r.id) } } });
    expect(changes.map((c) => c.enrolmentId).sort()).toEqual(rows.map((r) => r.id).sort());
    const events = (
      await graph.participants.prisma.outboxEvent.findMany({ where: { type: 'EnrolmentChanged' }, orderBy: { position: 'asc' } })
    )
      .map((e) => e.payload as { enrolmentId: string; activityId: string; to: string; waitlistPosition: number | null })
      .filter((e) => e.activityId === activityId);
    expect(events.map((e) => e.enrolmentId).sort()).toEqual(rows.map((r) => r.id).sort());
    const waitlisted = events.filter((e) => e.to === 'WAITLISTED').map((e) => e.waitlistPosition);
    expect(waitlisted).toEqual(Array.from({ length: placedCount - CAPACITY }, (_, i) => i + 1));
    // Every answer audited, exactly: each enrolment handed out is one audit row under its request's id, naming
    // its participant; a refusal hands out nobody's data and leaves none.
    const requestIds = answers.map((a) => a.headers.get('x-request-id'));
    expect(new Set(requestIds).size).toBe(burst.length);
    const audited = await graph.participants.prisma.auditEvent.findMany({
      where: { operationName: 'RequestEnrolment', requestId: { in: requestIds as string[] } },
    });
    const rowsOf = (requestId: string | null) => audited.filter((row) => row.requestId === requestId).map((row) => row.participantId);
    answers.forEach((answer, i) =>
      expect([burst[i]!.expect, rowsOf(requestIds[i]!)]).toEqual([burst[i]!.expect, answer.errors ? [] : [burst[i]!.participantId]]),
    );
    expect(audited).toHaveLength(answers.filter((a) => !a.errors).length);

    // The burst was placed in groups: one by one, its requests would cost a lone request's statements each (a
    // refusal fewer); in groups they share a transaction, and those arriving or answered together their reads
    // and their audit rows' insert. The requests overlap on PostgreSQL; on PGlite the gateway, the services and
    // the database share one thread, and a request is mostly placed before the next one arrives: there the
    // grouping is shown by the service's own tests only.
    if (process.env.TEST_DATABASE_URL) expect(together).toBeLessThan((alone * burst.length) / 2);
  });
});
