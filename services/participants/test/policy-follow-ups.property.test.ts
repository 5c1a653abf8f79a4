import { belgianDate } from '@cort/common';
import { assertAccess, callersOf, madeOrMissing, prisonTargets, PROPERTY_TIMEOUT_MS } from '@cort/testing';
import { openWorld, type World } from './access-harness';
import { madeForTheRun, managedBy, type MadeForTheRun } from './access-mutations';
import { policyAdmits } from './access-paths';
import { FACILITATORS, NO_PRISON, ORGANISATIONS, PRISONS, STRANGER } from './access-world';

// Property tests of the dropout follow-ups' access (the coordinators and policy coordinators of the prison,
// nobody else): 1 000 drawn callers and objects per root field, in-process on the seeded world (PGlite, or
// PostgreSQL with TEST_DATABASE_URL), as test/policy.property.test.ts does for the other root fields.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });

describe(`the follow-ups policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  /** An open follow-up of a dropout made for the run in the drawn prison. */
  async function openFollowUpIn(prisonId: string) {
    const enrolment = await world.prisma.enrolment.findUniqueOrThrow({
      where: { id: await world.runObjects.enrolment(prisonId, 'ENROLLED') },
    });
    await world.prisma.enrolment.update({ where: { id: enrolment.id }, data: { status: 'DROPPED_OUT' } });
    const { participantId, activityId } = enrolment;
    const followUp = await world.prisma.dropoutFollowUp.create({
      data: { prisonId, enrolmentId: enrolment.id, participantId, activityId, trigger: 'DROPPED_OUT' },
    });
    return followUp.id;
  }

  it('dropoutFollowUps(prisonId): the coordinators of that prison', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(
          caller,
          'query ($prisonId: ID!) { dropoutFollowUps(prisonId: $prisonId, first: 3) { totalCount edges { node { id } } } }',
          {
            prisonId,
          },
        ),
      allowed: (caller, prisonId) => policyAdmits('Query.dropoutFollowUps', caller, null, { prisonId }),
    }));

  it('recordFollowUpConversation: the coordinators of the follow-up’s prison', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing((made: MadeForTheRun) => made.prisonId, openFollowUpIn),
      allowed: managedBy('Mutation.recordFollowUpConversation'),
      send: (caller, followUpId) =>
        world.send(
          caller,
          'mutation ($input: FollowUpConversationInput!) { recordFollowUpConversation(input: $input) { followUp { id status } } }',
          { input: { followUpId, heldOn: belgianDate(new Date()), reasons: ['HEALTH'], outcome: 'NEXT_EDITION' } },
        ),
      stateOf: (id) => world.prisma.dropoutFollowUp.findUnique({ where: { id } }),
    }));
});
