import type { Caller } from '@cort/auth';
import { assertOutcomes, callersOf, PROPERTY_TIMEOUT_MS, refusalsIn, seededOrMissing } from '@cort/testing';
import { canSeeEnrolmentsOf } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits, refusedAt } from './access-paths';
import { activities, activityById, enrolments, FACILITATORS, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property test of who sees who asked for an enrolment and when (issue 12): the coordinators of the
// prison, never partner staff, volunteers or anyone else. 1 000 drawn callers and activities per field,
// in-process on the seeded world, through an activity's enrolments as the gateway reaches them.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
const activityIds = seededOrMissing(
  activities.map((a) => a.id),
  5,
);
const FIELDS = ['requester', 'requestedOn'] as const;

/** The oracle: the activity's rules, who sees its enrolments, then the field's own rule. */
function expected(caller: Caller, activityId: string, field: string): string {
  if (!policyAdmits('Activity.__resolveReference', caller, { id: activityId })) return 'no reference';
  if (!policyAdmits('Activity.enrolments', caller, { id: activityId })) return 'FORBIDDEN at _entities.enrolments';
  const activity = activityById.get(activityId);
  if (!activity || !enrolments.some((e) => e.activityId === activityId)) return 'nobody';
  if (!canSeeEnrolmentsOf(caller, activity)) return 'FORBIDDEN at _entities.enrolments';
  if (!policyAdmits(`Enrolment.${field}`, caller)) return refusedAt(`Enrolment.${field}`, caller, `_entities.enrolments.${field}`);
  return 'answered';
}

describe(`who asked for an enrolment, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  it.each(FIELDS)('Enrolment.%s: the coordinators of the prison only', (field) =>
    assertOutcomes({
      callers,
      ways: activityIds,
      expected: (caller, activityId) => expected(caller, activityId, field),
      answered: (outcome) => outcome === 'answered',
      outcome: async (caller, activityId) => {
        const result = await world.send(
          caller,
          `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Activity { enrolments { ${field} } } } }`,
          { representations: [{ __typename: 'Activity', id: activityId }] },
        );
        const refused = refusalsIn(result);
        if (refused) return refused;
        const entity = (result.data?._entities as Record<string, any>[] | undefined)?.[0];
        if (!entity) return 'no reference';
        const items: Record<string, unknown>[] = entity.enrolments;
        if (!items.length) return 'nobody';
        return items.every((item) => item[field] != null) ? 'answered' : `answered without ${field}`;
      },
    }),
  );
});
