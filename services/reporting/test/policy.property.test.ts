import path from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { graphql } from 'graphql';
import { ROLES, type Caller } from '@cort/auth';
import { admits } from '@cort/subgraph';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { PrismaClient } from '../src/generated/prisma/client';
import { canReadReportsOf, reportingPolicy as policy } from '../src/policy';
import { buildSchema } from '../src/schema';

// Property tests of the reporting service's access policy (issue 4): for drawn callers, prisons, years
// and participants, offerOverview answers without an access error exactly when the policy (and the
// resolver's own check) allows it, and a participant's rows in their data export go to the coordinators
// only, 1 000 runs each, in-process on one seeded database (PGlite, or PostgreSQL with TEST_DATABASE_URL).

const PRISONS = ['HAREN', 'GENT', 'BRUGGE'] as const;
const NO_PRISON = 'ATLANTIS';
const ACCESS_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const numRuns = 1000;
const LAST_YEAR = new Date().getUTCFullYear() - 1;

// Two activities per prison (educational, psychosocial), each with a session held last year and six
// participants, so figures are not suppressed; each participant is in one activity of their prison.
const activities = PRISONS.flatMap((prisonId) => [
  { id: `${prisonId}-edu`, prisonId, category: 'EDUCATIONAL' as const },
  { id: `${prisonId}-psy`, prisonId, category: 'PSYCHOSOCIAL' as const },
]);
const enrolments = activities.flatMap((a, i) =>
  Array.from({ length: 6 }, (_, n) => ({
    participantId: `1a000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`,
    activityId: a.id,
  })),
);
const prisonOfParticipant = new Map(enrolments.map((e) => [e.participantId, activities.find((a) => a.id === e.activityId)!.prisonId]));

const users = fc
  .record({
    roles: fc.subarray([...ROLES], { minLength: 1 }),
    prisons: fc.subarray<string>([...PRISONS]),
    organisationId: fc.option(fc.constant('0a000000-0000-4000-8000-00000000000a'), { nil: undefined }),
    sub: fc.constant('0b000000-0000-4000-8000-000000000001'),
  })
  .map((identity): Caller => ({ kind: 'user', ...identity }));
const callers = fc.oneof(
  { weight: 8, arbitrary: users },
  { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'anonymous' }) },
  { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'service', service: 'participants' }) },
);

const codesOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code as string | undefined);

describe(`the reporting policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let send: (caller: Caller, source: string, variableValues: Record<string, unknown>) => ReturnType<typeof graphql>;

  beforeAll(async () => {
    db = await createTestDatabase('reporting', path.join(__dirname, '..', 'prisma', 'migrations'));
    prisma = new PrismaClient({ adapter: db.adapter });
    await prisma.reportActivity.createMany({ data: activities.map((a) => ({ ...a, status: 'PUBLISHED' as const })) });
    const startsAt = new Date(Date.UTC(LAST_YEAR, 5, 2, 9));
    await prisma.reportSession.createMany({
      data: activities.map((a) => ({
        id: `${a.id}-1`,
        activityId: a.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
        cancelled: false,
      })),
    });
    await prisma.reportEnrolment.createMany({ data: enrolments.map((e) => ({ ...e, enrolledAt: new Date(Date.UTC(LAST_YEAR, 4, 1)) })) });
    const schema = await buildSchema();
    const contextOf = createContextFactory(prisma);
    send = (caller, source, variableValues) =>
      graphql({ schema, source, variableValues, contextValue: contextOf({ caller, requestId: randomUUID() }) });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('offerOverview(prisonId, year): the readers of that prison; others are refused alike for real and unknown prisons', async () => {
    const overview = (caller: Caller, prisonId: string, year: number) =>
      send(
        caller,
        'query ($prisonId: ID!, $year: Int!) { offerOverview(prisonId: $prisonId, year: $year) { year rows { category activities } } }',
        {
          prisonId,
          year,
        },
      );
    // Mostly a year with figures; sometimes one out of range (BAD_USER_INPUT: admitted, not possible).
    const years = fc.oneof(
      { weight: 5, arbitrary: fc.constant(LAST_YEAR) },
      { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2200 }) },
    );
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, fc.constantFrom<string>(...PRISONS, NO_PRISON), years, async (caller, prisonId, year) => {
        const allowed = admits(policy.rules['Query.offerOverview'], caller, null, { prisonId }) && canReadReportsOf(caller, prisonId);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await overview(caller, prisonId, year);
        const codes = codesOf(result);
        expect(codes.every((code) => code !== undefined && code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
        expect(codes.some((code) => ACCESS_CODES.includes(code!))).toBe(!allowed);
        if (allowed && year === LAST_YEAR) expect(result.data?.offerOverview).toMatchObject({ year, rows: expect.any(Array) });
        if (allowed || prisonId === NO_PRISON) return;
        const unknown = await overview(caller, NO_PRISON, year);
        expect(JSON.parse(JSON.stringify(result).replaceAll(prisonId, '<id>'))).toEqual(
          JSON.parse(JSON.stringify(unknown).replaceAll(NO_PRISON, '<id>')),
        );
      }),
      { numRuns },
    );
    expect(Math.min(seen.allowed, seen.denied)).toBeGreaterThanOrEqual(numRuns / 20);
  });

  it('a data export’s reporting part: the coordinators, with the rows of their prisons only; null alike for others and unknown ids', async () => {
    const part = (caller: Caller, participantId: string) =>
      send(caller, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantDataExport { participantId reporting } } }', {
        r: [{ __typename: 'ParticipantDataExport', participantId }],
      });
    const participantIds = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...prisonOfParticipant.keys()) },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
    );
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, participantIds, fc.uuid({ version: 4 }), async (caller, participantId, missingId) => {
        const allowed = admits(policy.rules['ParticipantDataExport.__resolveReference'], caller, { participantId });
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await part(caller, participantId);
        expect(result.errors).toBeUndefined();
        if (!allowed) {
          expect(result.data).toEqual({ _entities: [null] });
          expect((await part(caller, missingId)).data).toEqual({ _entities: [null] });
          return;
        }
        const prisons = caller.kind === 'user' ? caller.prisons : [];
        const rows = (result.data?._entities as any[])[0].reporting.enrolments as { prisonId: string }[];
        const theirs = prisonOfParticipant.get(participantId);
        expect(rows.map((row) => row.prisonId)).toEqual(theirs && prisons.includes(theirs) ? [theirs] : []);
      }),
      { numRuns },
    );
    expect(Math.min(seen.allowed, seen.denied)).toBeGreaterThanOrEqual(numRuns / 20);
  });
});
