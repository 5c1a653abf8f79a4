import { randomUUID } from 'node:crypto';
import { PARTICIPANT_READERS } from '@cort/auth';
import { inPrisonAs } from '@cort/subgraph';
import { assertAccess, callersOf, idTargets, madeOrMissing, PROPERTY_TIMEOUT_MS, seededOrMissing } from '@cort/testing';
import { canReadParticipantsOf } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { madeForTheRun, type MadeForTheRun } from './access-mutations';
import { policyAdmits } from './access-paths';
import {
  FACILITATORS,
  keptApart,
  makeNonAssociation,
  NO_PRISON,
  ORGANISATIONS,
  participantById,
  participants,
  PRISONS,
  STRANGER,
} from './access-world';

// Property tests of non-associations (the coordinators and prison staff of the prison, nobody else): 1 000
// drawn callers and objects per root field and for Participant.nonAssociations, in-process on the seeded
// world (PGlite, or PostgreSQL with TEST_DATABASE_URL). A refusal of an existing one must read as that of an
// id nothing has, so partner staff and volunteers cannot learn that one exists. The partner paths to a
// participant (roll calls, enrolments) draw Participant.nonAssociations with every other field in
// policy.property.test.ts.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
const keeps = (caller: Parameters<typeof canReadParticipantsOf>[0], prisonId: string) =>
  inPrisonAs(caller, prisonId, PARTICIPANT_READERS) === true;

describe(`the non-associations policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  it('Participant.nonAssociations: the readers of their prison, with the pair seeded in each prison', () =>
    assertAccess({
      callers,
      ...idTargets(seededOrMissing(participants.map((p) => p.id)), participantById),
      send: (caller, id) =>
        world.send(
          caller,
          'query ($id: ID!) { participant(id: $id) { id nonAssociations { id reason note participants { id } history { action } } } }',
          {
            id,
          },
        ),
      allowed: (caller, id) => {
        const participant = participantById.get(id);
        return (
          policyAdmits('Query.participant', caller) &&
          policyAdmits('Participant.nonAssociations', caller, { view: 'FULL' }) &&
          !!participant &&
          canReadParticipantsOf(caller, participant.prisonId)
        );
      },
      checkAnswer: (result, _caller, id) => {
        const list = (result.data?.participant as { nonAssociations: { participants: { id: string }[] }[] }).nonAssociations;
        expect(list.length).toBe(keptApart.has(id) ? 1 : 0);
        for (const one of list) expect(one.participants.map((p) => p.id)).toContain(id);
      },
    }));

  it('recordNonAssociation: the readers of the prison, for two of its participants', () =>
    assertAccess({
      callers,
      targets: madeForTheRun,
      ...madeOrMissing(
        (made: MadeForTheRun) => made.prisonId,
        async (prisonId) => `${await world.runObjects.participant(prisonId)}|${await world.runObjects.participant(prisonId)}`,
      ),
      allowed: (caller, made) =>
        made.prisonId !== null && policyAdmits('Mutation.recordNonAssociation', caller, null, { input: { prisonId: made.prisonId } }),
      send: (caller, ids, made) =>
        world.send(
          caller,
          'mutation ($input: RecordNonAssociationInput!) { recordNonAssociation(input: $input) { nonAssociation { id reason participants { id } } } }',
          {
            input: {
              prisonId: made.prisonId ?? NO_PRISON,
              participantIds: ids.includes('|') ? ids.split('|') : [ids, randomUUID()],
              reason: 'JUDICIAL_ORDER',
              note: 'Bevel van de onderzoeksrechter.',
            },
          },
        ),
      stateOf: (ids) => world.prisma.nonAssociation.findMany({ where: { participantAId: { in: ids.split('|') } } }),
    }));

  for (const [field, closed, args] of [
    ['closeNonAssociation', false, '(id: $id, reason: "Zaak afgesloten.")'],
    ['reopenNonAssociation', true, '(id: $id, reason: "Nieuwe feiten.")'],
  ] as const)
    it(`${field}: the readers of its prison; to anyone else it does not exist`, () =>
      assertAccess({
        callers,
        targets: madeForTheRun,
        ...madeOrMissing(
          (made: MadeForTheRun) => made.prisonId,
          (prisonId) => makeNonAssociation(world.prisma, world.runObjects, prisonId, closed),
        ),
        allowed: (caller, made) => made.prisonId !== null && policyAdmits(`Mutation.${field}`, caller) && keeps(caller, made.prisonId),
        send: (caller, id) => world.send(caller, `mutation ($id: ID!) { ${field}${args} { nonAssociation { id closedAt } } }`, { id }),
        stateOf: (id) => world.prisma.nonAssociation.findUnique({ where: { id } }),
      }));
});
