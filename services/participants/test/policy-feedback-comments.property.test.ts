import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import {
  answerAbout,
  callersOf,
  crashesOf,
  expectBothSides,
  missingIds,
  numRuns,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
} from '@cort/testing';
import { feedbackScope, readsFeedbackComments } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { activities, activityById, FACILITATORS, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property test of Activity.feedbackComments (issue 14), 1 000 runs, in-process on the seeded world of the
// participants service: the comments of an activity's feedback forms go to the coordinators of its prison
// only (they may name people); nobody else reads a word of them, and outside its prison the activity
// answers as an unknown id.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
const commentsOf = (activityId: string) => [`Goed begeleid (${activityId.slice(-3)}).`, `Te kort (${activityId.slice(-3)}).`];

const send = (world: World, caller: Caller, id: string) =>
  world.send(caller, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id feedbackComments } } }', {
    r: [{ __typename: 'Activity', id }],
  });

/** The oracle: the reference's and the field's rules, then the activity's prison (feedbackScope, readsFeedbackComments). */
function readsComments(caller: Caller, id: string) {
  const activity = activityById.get(id);
  return (
    policyAdmits('Activity.__resolveReference', caller, { id }) &&
    policyAdmits('Activity.feedbackComments', caller, { id }) &&
    !!activity &&
    feedbackScope.sees(caller, activity) &&
    readsFeedbackComments(caller, activity) === true
  );
}

describe(`feedback comments' access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
    // Per activity three forms, two with a comment.
    await world.prisma.feedbackForm.createMany({
      data: activities.flatMap((a) =>
        [...commentsOf(a.id), null].map((comment) => ({
          activityId: a.id,
          prisonId: a.prisonId,
          receivedOn: new Date('2026-01-05'),
          satisfaction: 4,
          learned: 4,
          atmosphere: 5,
          wouldRecommend: true,
          comment,
        })),
      ),
    });
  });
  afterAll(() => world?.close());

  it('Activity.feedbackComments: the coordinators of its prison; others read none, and outside it the activity answers as unknown', async () => {
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, seededOrMissing(activities.map((a) => a.id)), missingIds, async (caller, id, missingId) => {
        const allowed = readsComments(caller, id);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await send(world, caller, id);
        expect(crashesOf(result)).toEqual([]);
        if (allowed) {
          expect(result.errors).toBeUndefined();
          expect(result.data?._entities).toEqual([{ id, feedbackComments: [...commentsOf(id)].sort() }]);
          return;
        }
        // No reference (other services), or the field refused: never a list, whatever is in it.
        expect((result.data?._entities as { feedbackComments?: unknown }[] | undefined)?.[0]?.feedbackComments ?? null).toBeNull();
        for (const comment of activities.flatMap((a) => commentsOf(a.id))) expect(JSON.stringify(result)).not.toContain(comment);
        const activity = activityById.get(id);
        if (activity && feedbackScope.sees(caller, activity)) return;
        expect(answerAbout(result, id)).toEqual(answerAbout(await send(world, caller, missingId), missingId));
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });
});
