import fc from 'fast-check';
import {
  assertAccess,
  callersOf,
  crashesOf,
  expectBothSides,
  idTargets,
  numRuns,
  PROPERTY_TIMEOUT_MS,
  refusalOf,
  seededOrMissing,
} from '@cort/testing';
import { canPlanIn, canSeeActivity } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { activities, activityById, FACILITATORS, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property tests of evaluations' access (issue 14), 1 000 runs each, in-process on the seeded world of the
// activities service: the coordinators of the activity's prison evaluate it, those who see the whole
// offer of the prison read the evaluation, and an activity the caller may not see answers as an unknown id.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...Object.keys(FACILITATORS), STRANGER] });
// Drafts never ran, so they cannot be evaluated (BAD_USER_INPUT for whoever may): the runs draw the others.
const evaluable = seededOrMissing(activities.filter((a) => a.status !== 'DRAFT').map((a) => a.id));
const hidden = (caller: Parameters<typeof canSeeActivity>[0], id: string) => !canSeeActivity(caller, activityById.get(id)!);

describe(`evaluations' access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  it("evaluateActivity: the coordinators of the activity's prison; others may not, or are told it does not exist", () =>
    assertAccess({
      callers,
      ...idTargets(evaluable, activityById),
      hiddenFrom: hidden,
      send: (caller, activityId) =>
        world.send(caller, 'mutation ($input: EvaluateActivityInput!) { evaluateActivity(input: $input) { evaluation { id } } }', {
          input: { activityId, objectives: [{ objective: 'Taalvaardigheid', result: 'PARTLY_MET' }], decision: 'ADJUST' },
        }),
      allowed: (caller, id) => {
        const activity = activityById.get(id);
        return (
          policyAdmits('Mutation.evaluateActivity', caller) &&
          !!activity &&
          canSeeActivity(caller, activity) &&
          canPlanIn(caller, activity.prisonId)
        );
      },
      stateOf: (activityId) => world.prisma.evaluation.findUnique({ where: { activityId }, include: { history: true } }),
    }));

  it('Activity.evaluation: to whom the activity is shown, when they see the whole offer of its prison', async () => {
    // The field is nullable, so a refusal leaves the activity in the answer: the property is on the refusal itself.
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, seededOrMissing(activities.map((a) => a.id)), async (caller, id) => {
        const activity = activityById.get(id);
        const visible = policyAdmits('Query.activity', caller) && !!activity && canSeeActivity(caller, activity);
        const allowed = visible && policyAdmits('Activity.evaluation', caller, activity);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await world.send(caller, 'query ($id: ID!) { activity(id: $id) { id evaluation { decision } } }', { id });
        expect(crashesOf(result)).toEqual([]);
        expect({ refusal: refusalOf(result), allowed }).toEqual({ refusal: allowed ? null : expect.any(String), allowed });
        if (allowed) expect(result.errors).toBeUndefined();
        else if (visible) expect((result.data?.activity as { evaluation: unknown }).evaluation).toBeNull();
        else expect(result.data?.activity ?? null).toBeNull();
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });
});
