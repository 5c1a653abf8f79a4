import fc from 'fast-check';
import { crashesOf, expectBothSides, numRuns, PROPERTY_TIMEOUT_MS, refusalOf, seededOrMissing, callersOf } from '@cort/testing';
import { canSeeActivity } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { activities, activityById, FACILITATORS, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property test of Activity.acknowledgements (issue 13), 1 000 runs, in-process on the seeded world of the
// activities service: the warnings acknowledged on an activity, by whom and when, are for the coordinators
// of its prison, who manage it; whoever else sees the activity is refused the field.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...Object.keys(FACILITATORS), STRANGER] });

describe(`Activity.acknowledgements' access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
    // Every activity of the world was created with the agreement warning acknowledged.
    await world.prisma.activityAcknowledgement.createMany({
      data: activities.map((a) => ({
        activityId: a.id,
        status: 'DRAFT' as const,
        warnings: ['NO_CURRENT_AGREEMENT' as const],
        by: 'coordinator-1',
      })),
    });
  });
  afterAll(() => world?.close());

  it('Activity.acknowledgements: to the coordinators of its prison among those the activity is shown to', async () => {
    // The field is nullable, so a refusal leaves the activity in the answer: the property is on the refusal itself.
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, seededOrMissing(activities.map((a) => a.id)), async (caller, id) => {
        const activity = activityById.get(id);
        const visible = policyAdmits('Query.activity', caller) && !!activity && canSeeActivity(caller, activity);
        const allowed = visible && policyAdmits('Activity.acknowledgements', caller, activity);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await world.send(
          caller,
          'query ($id: ID!) { activity(id: $id) { id acknowledgements { warnings acknowledgedBy } } }',
          {
            id,
          },
        );
        expect(crashesOf(result)).toEqual([]);
        expect({ refusal: refusalOf(result), allowed }).toEqual({ refusal: allowed ? null : expect.any(String), allowed });
        const answered = (result.data?.activity ?? null) as { acknowledgements: unknown } | null;
        if (allowed) expect(answered?.acknowledgements).toEqual([{ warnings: ['NO_CURRENT_AGREEMENT'], acknowledgedBy: 'coordinator-1' }]);
        else if (visible) expect(answered?.acknowledgements).toBeNull();
        else expect(answered).toBeNull();
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });
});
