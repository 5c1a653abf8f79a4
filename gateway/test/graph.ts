import type { KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { startFakeSubgraph } from './fake-subgraph';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

export const ACTIVITIES_SDL = `${LINK}
type Query {
  publicOffer(first: Int): [Activity!]!
  prisons: [Prison!]!
  activities(prisonId: ID!): [Activity!]!
  whoAmI: String
  broken: String
  forbidden: String
}
type Prison { id: ID! }
type Activity @key(fields: "id") { id: ID! title: String! organisation: Organisation! related(first: Int): [Activity!]! }
type Organisation @key(fields: "id", resolvable: false) { id: ID! }
`;

export const ORGANISATIONS_SDL = `${LINK}
type Query { organisations(prisonId: ID!): [Organisation!]! }
type Mutation { renameOrganisation(id: ID!, name: String!): Organisation }
type Organisation @key(fields: "id") { id: ID! name: String! }
`;

const activity = { id: 'a1', title: 'Yoga', organisation: { id: 'o1' } };

/** The two fake subgraphs of the gateway tests: enough schema to exercise public, private and entity fetches. */
export async function startFakeGraph(publicKey: KeyObject) {
  const activities = await startFakeSubgraph({
    name: 'activities',
    sdl: ACTIVITIES_SDL,
    publicKey,
    resolvers: {
      Query: {
        publicOffer: () => [activity],
        prisons: () => [{ id: 'HAREN' }],
        activities: () => [activity],
        whoAmI: (_root: unknown, _args: unknown, { caller }: { caller: { kind: string; sub?: string } }) =>
          `${caller.kind}:${caller.sub ?? ''}`,
        broken: () => {
          throw new Error('connect ECONNREFUSED 10.1.2.3:5432 (postgresql://cort:secret@db.internal/activities)');
        },
        forbidden: () => {
          throw new GraphQLError('You are not assigned to prison GENT.', { extensions: { code: 'FORBIDDEN', field: 'prisonId' } });
        },
      },
      Activity: { related: () => [activity] },
    },
  });
  const organisations = await startFakeSubgraph({
    name: 'organisations',
    sdl: ORGANISATIONS_SDL,
    publicKey,
    resolvers: {
      Query: { organisations: () => [{ id: 'o1', name: 'De Rode Antraciet' }] },
      Mutation: { renameOrganisation: (_root: unknown, { id, name }: { id: string; name: string }) => ({ id, name }) },
      Organisation: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'De Rode Antraciet' }) },
    },
  });
  return { activities, organisations, subgraphs: [activities, organisations] };
}
