// Compiled with the generated client by `npm run contract:codegen` (contract/tsconfig.json), never run:
// a client team's code, in small, against the names and scalar types codegen.md promises.
import type { CreateActivityInput, CreateActivityMutationVariables, MySessionsTodayQuery } from './generated/graphql';

type Session = MySessionsTodayQuery['mySessionsToday'][number];

export const sessionTimes = (session: Session): [string, string] => [session.startsAt, session.endsAt]; // DateTime
export const period = (input: CreateActivityInput): [string, string] => [input.startsOn, input.endsOn]; // Date
export const where = (variables: CreateActivityMutationVariables): string => variables.input.prisonId; // ID
