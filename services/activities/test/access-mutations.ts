import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { missingIds, placeForTheRun } from '@cort/testing';
import type { ActivityStatus } from '../src/generated/prisma/client';
import { canPlanIn, canSeeActivity } from '../src/policy';
import { policyAdmits } from './access-paths';
import { NO_PRISON, PRISONS, SHAPES } from './access-world';

/**
 * Mutations change what they act on, so each run acts on an activity made for it in the drawn prison,
 * with the drawn organiser and facilitators and in the status the move starts from, or on an id that
 * does not exist. Who sees it depends on those alone, so the oracle needs no id.
 */
export const madeForTheRun = (statuses: ActivityStatus[]) =>
  fc.record({
    prisonId: placeForTheRun<string>(PRISONS),
    shape: fc.constantFrom(...SHAPES),
    status: fc.constantFrom(...statuses),
    missingId: missingIds,
  });
export type MadeForTheRun = { prisonId: string | null; shape: (typeof SHAPES)[number]; status: ActivityStatus; missingId: string };

const scopeOf = (made: MadeForTheRun) => ({ prisonId: made.prisonId ?? NO_PRISON, status: made.status, ...made.shape });
/** The oracle of a planning mutation: its rule, the activity's visibility and planning in its prison. */
export const plannedBy = (coordinate: string) => (caller: Caller, made: MadeForTheRun) =>
  made.prisonId !== null && policyAdmits(coordinate, caller) && canSeeActivity(caller, scopeOf(made)) && canPlanIn(caller, made.prisonId);
export const hiddenFrom = (caller: Caller, made: MadeForTheRun) => !canSeeActivity(caller, scopeOf(made));

/** The moves of an activity: the mutation, the statuses it starts from, its document. */
export const ACTIVITY_MOVES: [string, ActivityStatus[], string][] = [
  [
    'updateActivity',
    ['DRAFT', 'PUBLISHED'],
    'mutation ($id: ID!, $f: [ID!]) { updateActivity(id: $id, input: { capacity: 12, facilitatorIds: $f }) { activity { id } } }',
  ],
  ['publishActivity', ['DRAFT'], 'mutation ($id: ID!) { publishActivity(id: $id) { activity { id status } } }'],
  ['archiveActivity', ['PUBLISHED'], 'mutation ($id: ID!) { archiveActivity(id: $id) { activity { id status } } }'],
  ['cancelActivity', ['DRAFT', 'PUBLISHED'], 'mutation ($id: ID!) { cancelActivity(id: $id, reason: "No teacher.") { activity { id } } }'],
  [
    'addSessions',
    ['DRAFT', 'PUBLISHED'],
    'mutation ($id: ID!, $slot: SessionInput!) { addSessions(input: { activityId: $id, sessions: [$slot] }) { sessions { id } } }',
  ],
];
