import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { admits } from '@cort/subgraph';
import {
  answerAbout,
  callersOf,
  crashesOf,
  expectBothSides,
  missingIds,
  numRuns,
  policyOracle,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
} from '@cort/testing';
import { canReadReportsOf, reportingPolicy as policy } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { activities, activityById, ORGANISATION, OTHER_ORGANISATION, PRISONS, SUB } from './access-world';

// Property test of Activity.evaluationFigures (issue 14), 1 000 runs, in-process on the seeded world of the
// reporting service: the coordinators and analysts of the activity's prison read its figures; for anyone
// else the answer is the same as for an activity reporting never heard of, so nothing can be probed.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: [ORGANISATION, OTHER_ORGANISATION], subs: [SUB] });
const { admits: policyAdmits } = policyOracle(policy);

const figuresOf = (world: World, caller: Caller, id: string) =>
  world.send(
    caller,
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id evaluationFigures { sessionsHeld sessionsCancelled attendanceRate feedbackForms averageSatisfaction } } } }',
    { r: [{ __typename: 'Activity', id }] },
  );

/** The oracle: the reference and the field's rules, then the prison of the activity as reporting projected it. */
function readsFigures(caller: Caller, id: string) {
  const activity = activityById.get(id);
  return (
    admits(policy.rules['Activity.__resolveReference'], caller, { id }) &&
    policyAdmits('Activity.evaluationFigures', caller, { id }) &&
    !!activity &&
    canReadReportsOf(caller, activity.prisonId)
  );
}

describe(`Activity.evaluationFigures' access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  it('Activity.evaluationFigures: the coordinators and analysts of its prison; for others, the answer of an unknown activity', async () => {
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, seededOrMissing(activities.map((a) => a.id)), missingIds, async (caller, id, missingId) => {
        const allowed = readsFigures(caller, id);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await figuresOf(world, caller, id);
        expect(crashesOf(result)).toEqual([]);
        if (allowed) {
          expect(result.errors).toBeUndefined();
          expect(result.data?._entities).toEqual([
            {
              id,
              evaluationFigures: { sessionsHeld: 1, sessionsCancelled: 0, attendanceRate: 1, feedbackForms: 0, averageSatisfaction: null },
            },
          ]);
          return;
        }
        const entity = (result.data?._entities as { evaluationFigures?: unknown }[] | undefined)?.[0];
        expect(entity?.evaluationFigures ?? null).toBeNull();
        expect(answerAbout(result, id)).toEqual(answerAbout(await figuresOf(world, caller, missingId), missingId));
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });
});
