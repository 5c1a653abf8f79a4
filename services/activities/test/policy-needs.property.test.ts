import fc from 'fast-check';
import { COORDINATORS } from '@cort/auth';
import { inPrisonAs } from '@cort/subgraph';
import {
  assertAccess,
  assertReferences,
  callersOf,
  idTargets,
  missingIds,
  prisonTargets,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
  worldId,
} from '@cort/testing';
import { activitiesPolicy, canReadNeedsOf, canSeeActivity, needsAssessmentScope } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { activities, activityById, FACILITATORS, NO_PRISON, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property tests of the needs assessments' access (issue 14), 1 000 runs each, in-process on the seeded
// world of the activities service: the prison's coordinators write, its coordinators, prison staff and
// analysts read, nobody else learns anything, and an assessment of another prison answers as an unknown id;
// a wish pointed at from another service (an action answering it) resolves for the same readers only.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...Object.keys(FACILITATORS), STRANGER] });
const prisons = prisonTargets(PRISONS, NO_PRISON);
const DAY = 86_400_000;
const conductedUntil = new Date(Date.now() - 30 * DAY);
const day = (date: Date) => new Date(date.toISOString().slice(0, 10));
const YEAR = conductedUntil.getUTCFullYear();

/** One assessment per prison, with one wish answered by its first two activities. */
const assessments = PRISONS.map((prisonId, p) => ({ id: worldId(0xa5, p, 0), prisonId, wishId: worldId(0xa6, p, 0) }));
const assessmentById = new Map(assessments.map((a) => [a.id, a]));
const answering = (prisonId: string) => activities.filter((a) => a.prisonId === prisonId).slice(0, 2);

async function seedNeeds(world: World) {
  for (const a of assessments) {
    await world.prisma.needsAssessment.create({
      data: {
        id: a.id,
        prisonId: a.prisonId,
        conductedFrom: day(new Date(conductedUntil.getTime() - 7 * DAY)),
        conductedUntil: day(conductedUntil),
        method: 'SURVEY',
        respondents: 10,
        genders: ['FEMALE'],
        legalStatuses: ['CONVICTED'],
        languages: [],
        wishes: { create: { id: a.wishId, position: 0, topicNl: 'Yoga', domain: 'SPORT', count: 4 } },
      },
    });
    await world.prisma.activityWish.createMany({
      data: answering(a.prisonId).map((activity) => ({ activityId: activity.id, wishId: a.wishId })),
    });
  }
}

const readsNeeds = (field: string) => (caller: Parameters<typeof policyAdmits>[1], prisonId: string) =>
  policyAdmits(field, caller, null, { prisonId });

describe(`needs assessments' access, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
    await seedNeeds(world);
  });
  afterAll(() => world?.close());

  it("needsAssessments(prisonId, year): the prison's coordinators, prison staff and analysts", () =>
    assertAccess({
      callers,
      ...prisons,
      send: (caller, prisonId) =>
        world.send(caller, 'query ($p: ID!, $y: Int!) { needsAssessments(prisonId: $p, year: $y) { id wishes { id } } }', {
          p: prisonId,
          y: YEAR,
        }),
      allowed: readsNeeds('Query.needsAssessments'),
      checkAnswer: (result, _caller, prisonId) =>
        expect(result.data?.needsAssessments).toEqual(
          assessments.filter((a) => a.prisonId === prisonId).map((a) => ({ id: a.id, wishes: [{ id: a.wishId }] })),
        ),
    }));

  it('needsOverview(prisonId): the same readers, each wish with the activities answering it', () =>
    assertAccess({
      callers,
      ...prisons,
      send: (caller, prisonId) =>
        world.send(caller, 'query ($p: ID!) { needsOverview(prisonId: $p) { wish { id } activities { id } } }', { p: prisonId }),
      allowed: readsNeeds('Query.needsOverview'),
      checkAnswer: (result, _caller, prisonId) =>
        expect(result.data?.needsOverview).toEqual(
          assessments
            .filter((a) => a.prisonId === prisonId)
            .map((a) => ({ wish: { id: a.wishId }, activities: expect.arrayContaining(answering(prisonId).map(({ id }) => ({ id }))) })),
        ),
    }));

  it("Activity.answersWishes: to whom the activity is shown, when they read its prison's needs", () =>
    assertAccess({
      callers,
      ...idTargets(seededOrMissing(activities.map((a) => a.id)), activityById),
      hiddenFrom: (caller, id) => !canSeeActivity(caller, activityById.get(id)!),
      send: (caller, id) => world.send(caller, 'query ($id: ID!) { activity(id: $id) { answersWishes { id } } }', { id }),
      allowed: (caller, id) => {
        const activity = activityById.get(id);
        return (
          policyAdmits('Query.activity', caller) &&
          !!activity &&
          canSeeActivity(caller, activity) &&
          policyAdmits('Activity.answersWishes', caller, activity)
        );
      },
      checkAnswer: (result, _caller, id) => {
        const activity = activityById.get(id)!;
        const wish = assessments.find((a) => a.prisonId === activity.prisonId)!.wishId;
        const answers = answering(activity.prisonId).some((a) => a.id === id);
        expect(result.data?.activity).toEqual({ answersWishes: answers ? [{ id: wish }] : [] });
      },
    }));

  it("a reference to a wish (an action answering it) resolves for those who read its prison's needs, to null alike for others and unknown ids", () => {
    const prisonOfWish = new Map(assessments.map((a) => [a.wishId, a.prisonId]));
    return assertReferences({
      callers,
      policy: activitiesPolicy,
      ids: { Wish: fc.oneof(fc.constantFrom(...assessments.map((a) => a.wishId)), missingIds) },
      visible: (caller, _type, id) => prisonOfWish.has(id) && canReadNeedsOf(caller, prisonOfWish.get(id)!) === true,
      send: (caller, source, variables) => world.send(caller, source, variables),
    });
  });

  it("recordNeedsAssessment: the prison's coordinators", () =>
    assertAccess({
      callers,
      ...prisons,
      send: (caller, prisonId) =>
        world.send(
          caller,
          'mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { needsAssessment { id } } }',
          {
            input: {
              prisonId,
              conductedFrom: '2026-01-05',
              conductedUntil: '2026-01-09',
              method: 'REQUESTS_RECEIVED',
              respondents: 5,
              targetGroup: { genders: ['MALE'], legalStatuses: ['SUSPECT'] },
              wishes: [{ topic: { en: 'Chess' }, domain: 'CULTURE', count: 2 }],
            },
          },
        ),
      allowed: (caller, prisonId) => policyAdmits('Mutation.recordNeedsAssessment', caller, null, { input: { prisonId } }),
      stateOf: () => world.prisma.needsAssessment.count(),
    }));

  it("updateNeedsAssessment: the coordinators of the assessment's prison; others are told it does not exist, or may not change it", () =>
    assertAccess({
      callers,
      ...idTargets(fc.oneof(fc.constantFrom(...assessments.map((a) => a.id)), missingIds), assessmentById),
      hiddenFrom: (caller, id) => !needsAssessmentScope.sees(caller, assessmentById.get(id)!),
      send: (caller, id) =>
        world.send(
          caller,
          'mutation ($input: UpdateNeedsAssessmentInput!) { updateNeedsAssessment(input: $input) { needsAssessment { id } } }',
          {
            input: { id, note: 'Bijgewerkt.' },
          },
        ),
      allowed: (caller, id) => {
        const assessment = assessmentById.get(id);
        return (
          policyAdmits('Mutation.updateNeedsAssessment', caller) &&
          !!assessment &&
          inPrisonAs(caller, assessment.prisonId, COORDINATORS) === true
        );
      },
      stateOf: (id) => world.prisma.needsAssessment.findUnique({ where: { id } }),
    }));
});
