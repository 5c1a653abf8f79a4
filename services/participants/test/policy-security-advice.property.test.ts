import { PARTICIPANT_READERS } from '@cort/auth';
import { inPrisonAs } from '@cort/subgraph';
import { assertAccess, callersOf, madeOrMissing, prisonTargets, PROPERTY_TIMEOUT_MS } from '@cort/testing';
import type { Caller } from '@cort/auth';
import { openWorld, type World } from './access-harness';
import { madeForTheRun, type MadeForTheRun } from './access-mutations';
import { policyAdmits } from './access-paths';
import { FACILITATORS, NO_PRISON, ORGANISATIONS, PRISONS, runActivityOf, STRANGER } from './access-world';

// Property tests of the prison's security advice (its staff and the coordinators of the prison, nobody else):
// 1 000 drawn callers and objects per root field, in-process on the seeded world (PGlite, or PostgreSQL with
// TEST_DATABASE_URL). A refusal of an existing request reads as that of an id nothing has, so partner staff
// and volunteers cannot learn that one exists.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
const readsIn = (caller: Caller, prisonId: string) => inPrisonAs(caller, prisonId, PARTICIPANT_READERS) === true;

describe(`the security advice policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  /** A pending request for advice on a screening made for the run in the prison. */
  async function pendingIn(prisonId: string) {
    const enrolment = await world.prisma.enrolment.findUniqueOrThrow({
      where: { id: await world.runObjects.enrolment(prisonId, 'IN_SCREENING') },
    });
    const request = await world.prisma.securityAdviceRequest.create({
      data: {
        prisonId,
        enrolmentId: enrolment.id,
        participantId: enrolment.participantId,
        activityId: runActivityOf(prisonId).id,
        dueOn: new Date(Date.now() + 10 * 86_400_000),
      },
    });
    return request.id;
  }

  it('securityAdviceRequests(prisonId): the readers of that prison', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(
          caller,
          'query ($prisonId: ID!) { securityAdviceRequests(prisonId: $prisonId, first: 3) { totalCount edges { node { id status advice conditions reason dueOn } } } }',
          { prisonId },
        ),
      allowed: (caller, prisonId) => policyAdmits('Query.securityAdviceRequests', caller, null, { prisonId }),
    }));

  it('giveSecurityAdvice: the prison staff of the request’s prison; to anyone outside it the request does not exist', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing((made: MadeForTheRun) => made.prisonId, pendingIn),
      allowed: (caller, made) =>
        made.prisonId !== null && policyAdmits('Mutation.giveSecurityAdvice', caller) && readsIn(caller, made.prisonId),
      // A coordinator of the prison sees the request (FORBIDDEN, not NOT_FOUND, is no news to them).
      hiddenFrom: (caller, made) => made.prisonId === null || !readsIn(caller, made.prisonId),
      send: (caller, id) =>
        world.send(
          caller,
          'mutation ($input: GiveSecurityAdviceInput!) { giveSecurityAdvice(input: $input) { securityAdvice { id status advice conditions } } }',
          { input: { id, advice: 'FAVOURABLE_WITH_CONDITIONS', conditions: 'Enkel met begeleiding.' } },
        ),
      stateOf: (id) => world.prisma.securityAdviceRequest.findUnique({ where: { id } }),
    }));

  it('changeSecurityAdviceDueOn: the readers of the request’s prison', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing((made: MadeForTheRun) => made.prisonId, pendingIn),
      allowed: (caller, made) =>
        made.prisonId !== null && policyAdmits('Mutation.changeSecurityAdviceDueOn', caller) && readsIn(caller, made.prisonId),
      send: (caller, id) =>
        world.send(
          caller,
          'mutation ($id: ID!, $dueOn: Date!) { changeSecurityAdviceDueOn(id: $id, dueOn: $dueOn) { securityAdvice { id dueOn } } }',
          {
            id,
            dueOn: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
          },
        ),
      stateOf: (id) => world.prisma.securityAdviceRequest.findUnique({ where: { id } }),
    }));
});
