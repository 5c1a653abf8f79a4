import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import type { Role } from '@cort/auth';
import { apiSdlOf } from '../../src/schema-gate';
import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { operations, type FuzzOperation } from './fuzz-operations';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// Operations generated from the API schema, with random arguments, malformed variables and random callers,
// sent through the gateway (bounded: a fixed number of runs, one at a time). Every answer is scanned for
// leaks by the harness (no stack, SQL, address, path; every error coded with its request id).
const API = buildSchema(apiSdlOf(fs.readFileSync(path.join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8')));
const ALL_RUNS = 1000;
const REFUSED_RUNS = 300;
const ROLES: Role[] = ['POLICY_COORDINATOR', 'COORDINATOR', 'PARTNER_STAFF', 'VOLUNTEER', 'PRISON_STAFF', 'ANALYST'];

describe('fuzzing the gateway with operations generated from the schema', () => {
  let graph: Graph;
  let ids: string[];

  beforeAll(async () => {
    graph = await startGraph({
      followIntervalMs: 50,
      gateway: { rateLimits: { anonymousPerMinute: 100_000, userPerMinute: 100_000, keyPrefix: 'fuzz' } },
    });
    const coordinator = await graph.token({ sub: 'fuzz-coordinator', roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId));
    const participantId = await registeredParticipant(graph, coordinator, { detaineeNumber: 'FUZZ-1' });
    await eventually(
      () => graph.run('web/RequestEnrolment.graphql', { input: { activityId, participantId, idempotencyKey: 'fuzz-1' } }, coordinator),
      (answer) => !answer.errors,
    );
    // Real ids make the generated arguments reach past "not found" into the rules.
    ids = ['HAREN', 'GENT', organisationId, activityId, participantId];
  });
  afterAll(() => graph?.stop());

  // Mostly the people with the most rights in the prison of the data, so that requests reach the rules;
  // then anyone: any roles, prisons and organisation, or nobody signed in.
  const callers = () =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          roles: fc.constantFrom<Role[]>(['COORDINATOR'], ['POLICY_COORDINATOR'], ['PRISON_STAFF']),
          prisons: fc.constant(['HAREN']),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          roles: fc.constant<Role[]>(['PARTNER_STAFF']),
          prisons: fc.constant(['HAREN']),
          organisation: fc.constant(ids[2]),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          roles: fc.subarray(ROLES, { minLength: 1, maxLength: 2 }),
          prisons: fc.subarray(['HAREN', 'GENT', 'BRUGGE']),
          organisation: fc.option(fc.constant(ids[2]), { nil: undefined }),
        }),
      },
      { weight: 2, arbitrary: fc.constant(null) },
    );

  async function send(operation: FuzzOperation, caller: { roles: Role[]; prisons: readonly string[]; organisation?: string } | null) {
    const bearer = caller ? await graph.token({ sub: 'fuzz-user', ...caller, prisons: [...caller.prisons] }) : undefined;
    return graph.send(operation.query, operation.variables, bearer);
  }

  it('answers any operation of any caller without a server error, a leak or an uncoded error', async () => {
    await fc.assert(
      fc.asyncProperty(operations(API, fc.constantFrom(...ids)), callers(), async (operation, caller) => {
        const answer = await send(operation, caller);
        expect(answer.status).toBeLessThan(500);
        for (const error of answer.errors ?? []) expect(typeof error.extensions?.code).toBe('string');
      }),
      { numRuns: ALL_RUNS },
    );
  }, 900_000);

  /** Rows per table of every service's database: what a refused request must leave as it was. */
  async function rows(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const name of ['activities', 'organisations', 'participants', 'reporting']) {
      const prisma = (graph.service(name) as any).prisma;
      const tables: { table_name: string }[] = await prisma.$queryRawUnsafe(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
      );
      const union = tables
        .map(({ table_name }) => `SELECT '${table_name}' AS t, count(*)::int AS n FROM "${table_name}"`)
        .join(' UNION ALL ');
      for (const { t, n } of (await prisma.$queryRawUnsafe(union)) as { t: string; n: number }[]) counts[`${name}.${t}`] = n;
    }
    return counts;
  }

  it('writes nothing for a mutation it refuses: callers without a right to write, or malformed variables', async () => {
    // The feeds have caught up with the set-up and the fuzz above (nothing moves for a few polls).
    let before = await rows();
    await eventually(
      async () => {
        const now = await rows();
        const settled = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return settled;
      },
      (settled) => settled,
      30_000,
    );
    const readOnlyCallers = fc.oneof(
      fc.constant(null),
      fc.record({ roles: fc.constant<Role[]>(['ANALYST']), prisons: fc.subarray(['HAREN', 'GENT']) }),
      fc.record({ roles: fc.constant<Role[]>(['VOLUNTEER']), prisons: fc.subarray(['HAREN', 'GENT']) }),
    );
    const coordinatorWithBrokenVariables = fc.record({
      roles: fc.constant<Role[]>(['COORDINATOR', 'POLICY_COORDINATOR']),
      prisons: fc.constant(['HAREN']),
    });
    const mutations = operations(API, fc.constantFrom(...ids), ['mutation']);
    const refusedOnes = fc.oneof(
      fc.tuple(mutations, readOnlyCallers),
      fc.tuple(
        mutations.filter((operation) => operation.malformed),
        coordinatorWithBrokenVariables,
      ),
    );
    await fc.assert(
      fc.asyncProperty(refusedOnes, async ([operation, caller]) => {
        const answer = await send(operation, caller);
        expect(answer.status).toBeLessThan(500);
        expect(answer.errors?.length).toBeGreaterThan(0);
        expect(answer.data?.[operation.field] ?? null).toBeNull();
      }),
      { numRuns: REFUSED_RUNS },
    );
    expect(await rows()).toEqual(before);
  }, 900_000);
});
