import { belgianDate, belgianDay } from '@cort/common';
import { assertAccess, callersOf, madeOrMissing, prisonTargets, PROPERTY_TIMEOUT_MS } from '@cort/testing';
import { openWorld, type World } from './access-harness';
import { madeForTheRun, managedBy, type MadeForTheRun } from './access-mutations';
import { policyAdmits } from './access-paths';
import { FACILITATORS, NO_PRISON, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property tests of the access to suspensions, to the reviews after a change of circumstances (the
// coordinators and policy coordinators of the participant's prison) and to the movement list (its prison
// staff and coordinators); partner staff and volunteers never:
// 1 000 drawn callers and objects per root field, in-process on the seeded world, as
// test/policy.property.test.ts does for the other enrolment changes.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
const today = belgianDate(new Date());

describe(`the suspensions and reviews policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  /** An ENROLLED enrolment made for the run, suspended from today on. */
  async function suspendedIn(prisonId: string) {
    const enrolment = await world.prisma.enrolment.findUniqueOrThrow({
      where: { id: await world.runObjects.enrolment(prisonId, 'ENROLLED') },
    });
    const { from } = belgianDay(today);
    await world.prisma.enrolmentSuspension.create({
      data: {
        enrolmentId: enrolment.id,
        participantId: enrolment.participantId,
        activityId: enrolment.activityId,
        prisonId,
        from: new Date(`${today}T00:00:00Z`),
        until: new Date(`${today}T00:00:00Z`),
        startsAt: from,
        endsAt: new Date(from.getTime() + 30 * 86_400_000),
        reason: 'COURT',
        suspendedBy: 'seed',
      },
    });
    return enrolment.id;
  }

  const suspensionsOf = (enrolmentId: string) => world.prisma.enrolmentSuspension.findMany({ where: { enrolmentId } });

  it('suspendEnrolment: the coordinators of the participant’s prison', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing(
        (made: MadeForTheRun) => made.prisonId,
        (prisonId) => world.runObjects.enrolment(prisonId, 'ENROLLED'),
      ),
      allowed: managedBy('Mutation.suspendEnrolment'),
      send: (caller, id) =>
        world.send(
          caller,
          'mutation ($input: SuspendEnrolmentInput!) { suspendEnrolment(input: $input) { enrolment { id } suspension { id reason } } }',
          { input: { id, from: today, until: today, reason: 'ISOLATION' } },
        ),
      stateOf: suspensionsOf,
    }));

  it('resumeEnrolment: the coordinators of the participant’s prison', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing((made: MadeForTheRun) => made.prisonId, suspendedIn),
      allowed: managedBy('Mutation.resumeEnrolment'),
      send: (caller, id) =>
        world.send(caller, 'mutation ($input: ResumeEnrolmentInput!) { resumeEnrolment(input: $input) { suspension { id resumedAt } } }', {
          input: { id },
        }),
      stateOf: suspensionsOf,
    }));

  /** An open review of an ENROLLED enrolment made for the run. */
  async function reviewIn(prisonId: string) {
    const enrolment = await world.prisma.enrolment.findUniqueOrThrow({
      where: { id: await world.runObjects.enrolment(prisonId, 'ENROLLED') },
    });
    const { participantId, activityId } = enrolment;
    const review = await world.prisma.enrolmentReview.create({
      data: { enrolmentId: enrolment.id, participantId, activityId, prisonId, causes: ['GENDER'] },
    });
    return review.id;
  }

  it('enrolmentReviews(prisonId): the coordinators of that prison', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(
          caller,
          'query ($prisonId: ID!) { enrolmentReviews(prisonId: $prisonId, first: 3) { totalCount edges { node { id causes } } } }',
          {
            prisonId,
          },
        ),
      allowed: (caller, prisonId) => policyAdmits('Query.enrolmentReviews', caller, null, { prisonId }),
    }));

  it('decideEnrolmentReview: the coordinators of the review’s prison', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing((made: MadeForTheRun) => made.prisonId, reviewIn),
      allowed: managedBy('Mutation.decideEnrolmentReview'),
      send: (caller, id) =>
        world.send(
          caller,
          'mutation ($input: DecideEnrolmentReviewInput!) { decideEnrolmentReview(input: $input) { review { id status } } }',
          { input: { id, decision: 'KEEP', note: 'Blijft in de groep.' } },
        ),
      stateOf: (id) => world.prisma.enrolmentReview.findUnique({ where: { id } }),
    }));

  it('movementList(prisonId, date): the prison staff and coordinators of that prison', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(
          caller,
          'query ($prisonId: ID!, $date: Date!) { movementList(prisonId: $prisonId, date: $date) { date sessions { session { id } participants { id lastName section } } } }',
          { prisonId, date: today },
        ),
      allowed: (caller, prisonId) => policyAdmits('Query.movementList', caller, null, { prisonId }),
    }));
});
