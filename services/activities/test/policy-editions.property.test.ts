import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import {
  assertAccess,
  callersOf,
  crashesOf,
  expectBothSides,
  madeOrMissing,
  numRuns,
  PROPERTY_TIMEOUT_MS,
  refusalOf,
  seededOrMissing,
} from '@cort/testing';
import { canSeeActivity } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { hiddenFrom, madeForTheRun, plannedBy, type MadeForTheRun } from './access-mutations';
import { policyAdmits } from './access-paths';
import { activities, activityById, FACILITATORS, ORGANISATIONS, PRISONS, STRANGER, type WorldActivity } from './access-world';

// Property tests of the editions' access (issue 14), 1 000 runs each, in-process on the seeded world of the
// activities service: the coordinators of an evaluated activity's prison plan its next edition (others may
// not, or are told it does not exist), and an edition before or after an activity is shown only to whom
// that edition itself is shown.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...Object.keys(FACILITATORS), STRANGER] });

/** Per prison, seeded editions: a chain (published → published → draft) and a cancelled activity before a draft. */
const editions = PRISONS.flatMap((prisonId) => {
  const [draft, publishedA, publishedB, cancelled, , otherDraft] = activities.filter((a) => a.prisonId === prisonId);
  return [
    { previous: publishedB, next: publishedA },
    { previous: publishedA, next: draft },
    { previous: cancelled, next: otherDraft },
  ];
});
const previousOf = new Map(editions.map((e) => [e.next.id, e.previous]));
const nextOf = new Map(editions.map((e) => [e.previous.id, e.next]));

/** The linked edition's id when the caller may see it, null otherwise. */
const shown = (caller: Caller, linked: WorldActivity | undefined) => (linked && canSeeActivity(caller, linked) ? { id: linked.id } : null);

describe(`editions' access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
    await world.prisma.edition.createMany({ data: editions.map((e) => ({ previousId: e.previous.id, nextId: e.next.id })) });
  });
  afterAll(() => world?.close());

  it('planNextEdition: the coordinators of the evaluated activity’s prison; others may not, or are told it does not exist', () =>
    assertAccess<MadeForTheRun>({
      callers,
      // Drafts never ran, so they are never evaluated: each run plans after an activity made for it and evaluated ADJUST.
      targets: madeForTheRun(['PUBLISHED', 'ARCHIVED', 'CANCELLED']),
      ...madeOrMissing(
        (made: MadeForTheRun) => made.prisonId,
        async (prisonId, made) => {
          const activity = await world.runObjects.activity(prisonId, made.shape, made.status);
          await world.prisma.evaluation.create({
            data: { activityId: activity.id, objectives: [], decision: 'ADJUST', evaluatedBy: 'seed' },
          });
          return activity.id;
        },
      ),
      hiddenFrom,
      send: (caller, activityId) =>
        world.send(
          caller,
          'mutation ($input: PlanNextEditionInput!) { planNextEdition(input: $input) { activity { id status previousEdition { id } } } }',
          { input: { activityId, startsOn: '2031-01-06', endsOn: '2031-03-28' } },
        ),
      allowed: plannedBy('Mutation.planNextEdition'),
      checkAnswer: (result) =>
        expect((result.data?.planNextEdition as { activity: unknown }).activity).toMatchObject({
          status: 'DRAFT',
          previousEdition: { id: expect.any(String) },
        }),
      stateOf: (activityId) => world.prisma.edition.count({ where: { previousId: activityId } }),
    }));

  it('Activity.previousEdition and nextEdition: the linked edition to whom it is shown, null to others', async () => {
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, seededOrMissing(activities.map((a) => a.id)), async (caller, id) => {
        const activity = activityById.get(id);
        const visible = policyAdmits('Query.activity', caller) && !!activity && canSeeActivity(caller, activity);
        const linked = [previousOf.get(id), nextOf.get(id)].filter((a): a is WorldActivity => !!a);
        const expected = { id, previousEdition: shown(caller, previousOf.get(id)), nextEdition: shown(caller, nextOf.get(id)) };
        // Counted on each linked edition the answer could name: shown and withheld must both occur.
        if (visible) for (const edition of linked) seen[canSeeActivity(caller, edition) ? 'allowed' : 'denied']++;
        const result = await world.send(caller, 'query ($id: ID!) { activity(id: $id) { id previousEdition { id } nextEdition { id } } }', {
          id,
        });
        expect(crashesOf(result)).toEqual([]);
        // An activity the caller may not see is refused (NOT_FOUND alike for a real and an unknown id).
        if (!visible)
          return expect({ refusal: refusalOf(result), activity: result.data?.activity ?? null }).toEqual({
            refusal: expect.any(String),
            activity: null,
          });
        expect(result.errors).toBeUndefined();
        expect(result.data?.activity).toEqual(expected);
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });
});
