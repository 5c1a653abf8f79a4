import { assertAccess, callersOf, idTargets, PROPERTY_TIMEOUT_MS, seededOrMissing } from '@cort/testing';
import { feedbackScope } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { activities, activityById, FACILITATORS, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property test of entering feedback forms (issue 14), 1 000 runs, in-process on the seeded world of the
// participants service: the partner staff of the organisation running the activity, the volunteers
// facilitating it and the coordinators of its prison enter forms; anyone else of its prison may not, and
// outside it the activity answers as an unknown id. A refused call writes no form.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
const form = { satisfaction: 4, learned: 3, atmosphere: 5, wouldRecommend: true, comment: null };

describe(`recordFeedback's access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  it('recordFeedback: the facilitators of the activity and the coordinators of its prison', () =>
    assertAccess({
      callers,
      ...idTargets(seededOrMissing(activities.map((a) => a.id)), activityById),
      hiddenFrom: (caller, id) => !feedbackScope.sees(caller, activityById.get(id)!),
      send: (caller, activityId) =>
        world.send(caller, 'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { formsReceived } }', {
          input: { activityId, forms: [form] },
        }),
      allowed: (caller, id) => {
        const activity = activityById.get(id);
        return (
          policyAdmits('Mutation.recordFeedback', caller) &&
          !!activity &&
          feedbackScope.sees(caller, activity) &&
          feedbackScope.changes!(caller, activity) === true
        );
      },
      stateOf: (activityId) => world.prisma.feedbackForm.count({ where: { activityId } }),
    }));
});
