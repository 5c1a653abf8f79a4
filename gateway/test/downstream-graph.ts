import type { KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { startFakeSubgraph } from './fake-subgraph';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/**
 * The fields another subgraph provides are nullable here (`Activity.organisation`, `organisationCount`,
 * `renameOrganisation`), so a failing organisations subgraph leaves the rest of the answer standing.
 * `strictActivities` reaches the same organisations through a non-null field, as the real graph does.
 */
const ACTIVITIES_SDL = `${LINK}
type Query {
  activities(prisonId: ID!): [Activity!]!
  strictActivities: [StrictActivity!]!
  activityCount: Int
  failure(kind: String!): String
}
type Activity @key(fields: "id") { id: ID! title: String! organisation: Organisation }
type StrictActivity @key(fields: "id") { id: ID! organisation: Organisation! }
type Organisation @key(fields: "id", resolvable: false) { id: ID! }
`;

const ORGANISATIONS_SDL = `${LINK}
type Query { organisationCount: Int }
type Mutation { renameOrganisation(id: ID!, name: String!): Organisation }
type Organisation @key(fields: "id") { id: ID! name: String! }
`;

/** What careless code inside a subgraph throws: raw messages naming files, SQL, Prisma, internal URLs. */
const RAW_FAILURES: Record<string, () => Error> = {
  filePath: () => new Error("ENOENT: no such file or directory, open '/srv/cort/services/activities/dist/seed/prisons.json'"),
  sql: () => new Error('syntax error at or near "FROM": SELECT "public"."Activity"."id" FROM "public"."Activity" WHERE "prisonId" = $1'),
  prisma: () =>
    new GraphQLError(
      'Invalid `prisma.participant.create()` invocation in /srv/cort/services/participants/src/repository.ts:41:7 Unique constraint failed on the fields: (`detaineeNumber`)',
      { extensions: { code: 'P2002', meta: { target: ['detaineeNumber'] } } },
    ),
  forgedDownstream: () =>
    new GraphQLError('request to http://10.0.0.3:4004/graphql failed, reason: connect ECONNREFUSED', {
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
    }),
};
export const RAW_FAILURE_KINDS = Object.keys(RAW_FAILURES);

/** Two fake subgraphs for the failure tests: the organisations one is stopped, hung and restarted. */
export async function startDownstreamGraph(publicKey: KeyObject) {
  const activity = { id: 'a1', title: 'Yoga', organisation: { id: 'o1' } };
  const activities = await startFakeSubgraph({
    name: 'activities',
    sdl: ACTIVITIES_SDL,
    publicKey,
    resolvers: {
      Query: {
        activities: () => [activity],
        strictActivities: () => [activity],
        activityCount: () => 1,
        failure: (_root: unknown, { kind }: { kind: string }) => {
          throw (RAW_FAILURES[kind] ?? RAW_FAILURES.filePath)();
        },
      },
    },
  });
  const organisations = await startFakeSubgraph({
    name: 'organisations',
    sdl: ORGANISATIONS_SDL,
    publicKey,
    resolvers: {
      Query: { organisationCount: () => 1 },
      Mutation: { renameOrganisation: (_root: unknown, { id, name }: { id: string; name: string }) => ({ id, name }) },
      Organisation: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'De Rode Antraciet' }) },
    },
  });
  return { activities, organisations, subgraphs: [activities, organisations] };
}
