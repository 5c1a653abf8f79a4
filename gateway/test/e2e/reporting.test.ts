import path from 'node:path';
import { pullEvents, type DomainEvent } from '@cort/events';
import { createTestDatabase } from '@cort/testing';
import { offerRows } from '../../../services/reporting/src/domain/offer-overview';
import { yearBounds } from '../../../services/reporting/src/domain/report-year';
import { applyEvents } from '../../../services/reporting/src/feeds/projections';
import { PrismaClient } from '../../../services/reporting/src/generated/prisma/client';
import { offerCounts } from '../../../services/reporting/src/modules/offer-overview/offer-overview.repository';
import { activityInput, isoDate, partnerIn, publishedActivity as publishedActivityIn, registeredParticipant, roomsOf } from './fixtures';
import { contract, startGraph, type Graph } from './graph';
import { eventually } from './wait';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOUR = 3_600_000;

// contract/web/OfferOverview.graphql: the reporting service's figures, fed by the activities and
// participants event feeds, through the gateway. Sessions in the past are real: the activities service
// accepts a period that started days ago and sessions inside it, so reporting runs on its real clock.
describe('contract: web (offer overview, reporting)', () => {
  let graph: Graph;
  let coordinator: string;
  let analyst: string;
  let organisationId: string;
  let roomId: string;
  let slot = 0;
  // The year of "now" in Belgian time: the sessions below start within the last day, so in this year
  // (except in the first hours of 1 January).
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));

  /** A one-hour session that is over, in an hour of its own (one room, never double-booked). */
  const pastSession = () => {
    const startsAt = Date.now() - (++slot + 1) * HOUR;
    return { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + HOUR / 2).toISOString(), locationId: roomId };
  };
  const comingSession = () => {
    const startsAt = Date.now() + 2 * HOUR;
    return { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + HOUR).toISOString(), locationId: roomId };
  };

  const publishedActivity = (category: string, sessions: object[]) =>
    publishedActivityIn(graph, coordinator, activityInput('HAREN', organisationId, { category, startsOn: isoDate(-3), sessions }));
  const participant = () => registeredParticipant(graph, coordinator);

  async function enrol(activityId: string, participantId: string) {
    const input = { activityId, participantId, idempotencyKey: `report-${activityId}-${participantId}` };
    const answer = await graph.run('web/RequestEnrolment.graphql', { input }, coordinator);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    expect(answer.data.requestEnrolment.enrolment.status).toBe('ENROLLED');
    return answer.data.requestEnrolment.enrolment.id as string;
  }

  const overview = (bearer?: string, variables: Record<string, unknown> = { prisonId: 'HAREN', year }) =>
    graph.run('web/OfferOverview.graphql', variables, bearer);
  const rowsOf = (answer: Awaited<ReturnType<typeof overview>>) => answer.data?.offerOverview.rows;
  const same = (expected: unknown) => (answer: Awaited<ReturnType<typeof overview>>) =>
    JSON.stringify(rowsOf(answer)) === JSON.stringify(expected);

  let educational: string;
  let sociocultural: string[];
  let extraSessionId: string;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    [{ id: roomId }] = await roomsOf(graph, coordinator, 'HAREN');

    // SOCIOCULTURAL: 5 activities that ran; the first has a second session over and one still to come.
    sociocultural = [await publishedActivity('SOCIOCULTURAL', [pastSession(), pastSession(), comingSession()])];
    for (let i = 0; i < 4; i++) sociocultural.push(await publishedActivity('SOCIOCULTURAL', [pastSession()]));
    // Its latest session that is over (the restart test cancels it).
    extraSessionId = (
      await graph.activities.prisma.session.findFirstOrThrow({
        where: { activityId: sociocultural[0] },
        orderBy: { startsAt: 'desc' },
        skip: 1,
      })
    ).id;
    // EDUCATIONAL: 1 activity, 2 sessions, 3 participants: every cell suppressed.
    educational = await publishedActivity('EDUCATIONAL', [pastSession(), pastSession()]);
    // PSYCHOSOCIAL: an activity whose only session was cancelled did not run: zeros, shown as zeros.
    const cancelledOnly = await publishedActivity('PSYCHOSOCIAL', [pastSession()]);
    const session = await graph.activities.prisma.session.findFirstOrThrow({ where: { activityId: cancelledOnly } });
    const cancelled = await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Zaal bezet") { session { id } } }`,
      { id: session.id },
      coordinator,
    );
    expect(cancelled.errors).toBeUndefined();

    // 6 distinct participants in SOCIOCULTURAL: one is in two activities, one withdrew after enrolling.
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await participant());
    for (const person of people.slice(0, 5)) await enrol(sociocultural[0], person);
    await enrol(sociocultural[1], people[0]);
    const leaving = await enrol(sociocultural[2], people[5]);
    const withdrawn = await graph.run('web/WithdrawEnrolment.graphql', { id: leaving, reason: 'Vrijgelaten' }, coordinator);
    expect(withdrawn.errors).toBeUndefined();
    for (let i = 0; i < 3; i++) await enrol(educational, await participant());
  });
  afterAll(() => graph?.stop());

  const FIGURES = [
    { category: 'EDUCATIONAL', activities: null, sessionsHeld: null, participants: null, suppressed: true },
    { category: 'PSYCHOSOCIAL', activities: 0, sessionsHeld: 0, participants: 0, suppressed: false },
    { category: 'SOCIOCULTURAL', activities: 5, sessionsHeld: 6, participants: 6, suppressed: false },
  ];

  it('reports per category the activities that ran, their sessions held and distinct participants, small counts withheld', async () => {
    const answer = await eventually(() => overview(analyst), same(FIGURES));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.offerOverview).toEqual({ prison: { id: 'HAREN' }, year, rows: FIGURES });
    // A coordinator of the prison reads the same; another year had nothing.
    expect(rowsOf(await overview(coordinator))).toEqual(FIGURES);
    expect(rowsOf(await overview(analyst, { prisonId: 'HAREN', year: year - 1 })).map((r: any) => r.activities)).toEqual([0, 0, 0]);
  });

  it('refuses partner staff and another prison (FORBIDDEN), and a year out of range (BAD_USER_INPUT)', async () => {
    const partner = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const elsewhere = await graph.token({ roles: ['ANALYST'], prisons: ['GENT'] });
    for (const bearer of [partner, elsewhere]) {
      const refused = await overview(bearer);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeUndefined();
    }
    const old = await overview(analyst, { prisonId: 'HAREN', year: 1800 });
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('refuses anonymous callers: the gateway before parsing (OPERATION_NOT_ALLOWED), the subgraph itself too (UNAUTHENTICATED)', async () => {
    expect((await overview(undefined)).errors?.[0].extensions?.code).toBe('OPERATION_NOT_ALLOWED');
    // Straight to the subgraph with the gateway's token for an anonymous caller: deny by default there too.
    const token = await graph.sign({ kind: 'anonymous' }, 'reporting');
    const response = await fetch(graph.reporting.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: contract('web/OfferOverview.graphql'), variables: { prisonId: 'HAREN', year } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('gets the same figures from every event of both feeds applied twice into a fresh database', async () => {
    const live = rowsOf(await eventually(() => overview(analyst), same(FIGURES)));
    const signToken = graph.sign;
    const feeds = { activities: graph.activities.url, participants: graph.participants.url } as const;
    const db = await createTestDatabase('reporting', path.join(ROOT, 'services/reporting/prisma/migrations'));
    const prisma = new PrismaClient({ adapter: db.adapter });
    try {
      for (const [producer, url] of Object.entries(feeds) as [keyof typeof feeds, string][]) {
        const events: DomainEvent[] = [];
        for (let after: string | null = null, more = true; more;) {
          const page = await pullEvents({ baseUrl: new URL(url).origin, consumer: 'reporting', producer, signToken, after, limit: 50 });
          events.push(...page.events);
          [after, more] = [page.cursor, page.hasMore];
        }
        expect(await prisma.$transaction((tx) => applyEvents(tx, producer, events))).toBe(events.length);
        expect(await prisma.$transaction((tx) => applyEvents(tx, producer, events))).toBe(0);
      }
      expect(offerRows(await offerCounts(prisma, 'HAREN', yearBounds(year), new Date()))).toEqual(live);
    } finally {
      await prisma.$disconnect();
      await db.drop();
    }
  });

  it('catches up after a restart on the same database with what happened while it was stopped', async () => {
    await eventually(() => overview(analyst), same(FIGURES));
    await graph.stopReporting();
    expect((await overview(analyst)).errors).toBeDefined();

    // Two more participants in EDUCATIONAL (5: shown), one SOCIOCULTURAL session cancelled (6 → 5 held).
    for (let i = 0; i < 2; i++) await enrol(educational, await participant());
    const cancelled = await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Begeleider ziek") { session { id } } }`,
      { id: extraSessionId },
      coordinator,
    );
    expect(cancelled.errors).toBeUndefined();

    await graph.startReporting();
    const after = [
      { category: 'EDUCATIONAL', activities: null, sessionsHeld: null, participants: 5, suppressed: true },
      FIGURES[1],
      { category: 'SOCIOCULTURAL', activities: 5, sessionsHeld: 5, participants: 6, suppressed: false },
    ];
    expect(rowsOf(await eventually(() => overview(analyst), same(after)))).toEqual(after);
  });
});
