import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { inPrisonAs } from '@cort/subgraph';
import {
  assertAccess,
  callersOf,
  handedOutOnce,
  idTargets,
  madeOrMissing,
  missingIds,
  placeForTheRun,
  prisonTargets,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
  worldId,
} from '@cort/testing';
import { actionScope, canSeePerson, movesAction } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { NO_PRISON, organisations, people, PRISONS, prisonsOf, STRANGER } from './access-world';

// Property tests of the action plans' access (issue 13): actionPlans with its actions' owner persons,
// createActionPlan, addGoal, addAction (the prison's POLICY_COORDINATOR only, never a COORDINATOR) and
// updateAction (the policy coordinator, or partner staff of the owning organisation only), 1 000 runs each.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const YEAR = 2030;
const callers = callersOf({
  prisons: PRISONS,
  organisations: organisations.map((o) => o.id),
  subs: [...people.map((p) => p.id), STRANGER],
});
/** One plan and one goal per prison, with an action of each organisation serving it, owned by its first person. */
const PLANS = PRISONS.map((prisonId, p) => ({ id: worldId(0xa1, p, 1), goalId: worldId(0xa2, p, 1), prisonId }));
const planById = new Map(PLANS.map((plan) => [plan.id, plan]));
const goalById = new Map(PLANS.map((plan) => [plan.goalId, plan]));
const ownersIn = (prisonId: string) => organisations.filter((o) => o.prisonIds.includes(prisonId)).map((o) => o.id);
const OWNER_OF_PRISON = PRISONS.flatMap((prisonId) => ownersIn(prisonId).map((organisationId) => ({ prisonId, organisationId })));
const firstPersonOf = (organisationId: string) => people.find((p) => p.organisationId === organisationId)!;

const onlyCoordinator = (caller: Caller) => caller.kind === 'user' && !caller.roles.includes('POLICY_COORDINATOR');
const policyCoordinatorOf = (caller: Caller, prisonId: string) => inPrisonAs(caller, prisonId, ['POLICY_COORDINATOR']) === true;

describe(`the action plans policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  const take = handedOutOnce<string>();
  const actionFor = ({ prisonId, organisationId }: { prisonId: string; organisationId: string }) =>
    take(`action:${prisonId}:${organisationId}`, async () => {
      const goalId = PLANS.find((plan) => plan.prisonId === prisonId)!.goalId;
      const rows = Array.from({ length: 25 }, () => ({
        id: randomUUID(),
        goalId,
        title: 'Run action',
        ownerOrganisationId: organisationId,
        dueOn: new Date('2030-06-30'),
      }));
      await world.prisma.action.createMany({ data: rows });
      return rows.map((row) => row.id);
    });

  beforeAll(async () => {
    world = await openWorld();
    await world.prisma.actionPlan.createMany({
      data: PLANS.map(({ id, prisonId }) => ({ id, prisonId, year: YEAR, title: `Plan ${prisonId}`, createdBy: 'seed' })),
    });
    await world.prisma.goal.createMany({ data: PLANS.map((plan) => ({ id: plan.goalId, actionPlanId: plan.id, title: 'Doel' })) });
    await world.prisma.action.createMany({
      data: OWNER_OF_PRISON.map(({ prisonId, organisationId }) => ({
        goalId: PLANS.find((plan) => plan.prisonId === prisonId)!.goalId,
        title: 'Seeded action',
        ownerOrganisationId: organisationId,
        ownerPersonId: firstPersonOf(organisationId).id,
        dueOn: new Date('2030-03-31'),
      })),
    });
  });
  afterAll(() => world?.close());

  it('actionPlans(prisonId, year): those who read the prison’s offer and its partner staff; owner persons only to whom may see them', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(
          caller,
          'query ($p: ID!, $y: Int!) { actionPlans(prisonId: $p, year: $y) { id progress { done total } goals { actions { owner { id } ownerPerson { id } } } } }',
          { p: prisonId, y: YEAR },
        ),
      allowed: (caller, prisonId) => policyAdmits('Query.actionPlans', caller, null, { prisonId }),
      checkAnswer: (result, caller, prisonId) => {
        const [plan] = result.data!.actionPlans as any[];
        expect(plan.id).toBe(PLANS.find((p) => p.prisonId === prisonId)!.id);
        const seeded = plan.goals[0].actions.filter((a: any) => a.ownerPerson !== undefined && ownersIn(prisonId).includes(a.owner.id));
        for (const organisationId of ownersIn(prisonId)) {
          const person = firstPersonOf(organisationId);
          const shown = seeded.find((a: any) => a.owner.id === organisationId && a.ownerPerson?.id === person.id);
          expect(!!shown).toBe(canSeePerson(caller, person, prisonsOf(organisationId)));
        }
      },
    }));

  it('createActionPlan: the prison’s POLICY_COORDINATOR only, never a COORDINATOR', () =>
    assertAccess({
      callers,
      targets: fc.constantFrom<string>(...PRISONS, NO_PRISON),
      exists: () => false,
      idOf: (prisonId) => prisonId,
      send: (caller, prisonId) =>
        world.send(caller, 'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } } }', {
          input: { prisonId, year: YEAR + 1, title: 'Nieuw plan' },
        }),
      allowed: (caller, prisonId) => {
        const allowed = policyAdmits('Mutation.createActionPlan', caller, null, { input: { prisonId } });
        if (onlyCoordinator(caller)) expect(allowed).toBe(false);
        return allowed;
      },
      stateOf: (prisonId) => world.prisma.actionPlan.count({ where: { prisonId } }),
    }));

  it('addGoal: the POLICY_COORDINATOR of the plan’s prison only; the plan hidden from who may not read it', () =>
    assertAccess({
      callers,
      ...idTargets(seededOrMissing(PLANS.map((p) => p.id)), planById),
      hiddenFrom: (caller, id) => !actionScope().sees(caller, { prisonId: planById.get(id)!.prisonId, ownerOrganisationId: '' }),
      send: (caller, actionPlanId) =>
        world.send(caller, 'mutation ($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }', {
          input: { actionPlanId, title: 'Nieuw doel' },
        }),
      allowed: (caller, id) => {
        const plan = planById.get(id);
        const allowed = !!plan && policyAdmits('Mutation.addGoal', caller) && policyCoordinatorOf(caller, plan.prisonId);
        if (onlyCoordinator(caller)) expect(allowed).toBe(false);
        return allowed;
      },
      stateOf: (actionPlanId) => world.prisma.goal.count({ where: { actionPlanId } }),
    }));

  it('addAction: the POLICY_COORDINATOR of the goal’s prison only; the goal hidden from who may not read the plan', () =>
    assertAccess({
      callers,
      ...idTargets(seededOrMissing(PLANS.map((p) => p.goalId)), goalById),
      hiddenFrom: (caller, id) => !actionScope().sees(caller, { prisonId: goalById.get(id)!.prisonId, ownerOrganisationId: '' }),
      send: (caller, goalId) =>
        world.send(caller, 'mutation ($input: AddActionInput!) { addAction(input: $input) { action { id } } }', {
          input: {
            goalId,
            title: 'Nieuwe actie',
            ownerOrganisationId: ownersIn(goalById.get(goalId)?.prisonId ?? 'HAREN')[0],
            dueOn: '2030-09-30',
          },
        }),
      allowed: (caller, id) => {
        const goal = goalById.get(id);
        const allowed = !!goal && policyAdmits('Mutation.addAction', caller) && policyCoordinatorOf(caller, goal.prisonId);
        if (onlyCoordinator(caller)) expect(allowed).toBe(false);
        return allowed;
      },
      stateOf: (goalId) => world.prisma.action.count({ where: { goalId } }),
    }));

  it('updateAction: the prison’s POLICY_COORDINATOR, or partner staff of the owning organisation in that prison, only', () =>
    assertAccess({
      callers,
      targets: fc.record({ place: placeForTheRun(OWNER_OF_PRISON), missingId: missingIds }),
      ...madeOrMissing(
        (made: { place: (typeof OWNER_OF_PRISON)[number] | null; missingId: string }) => made.place,
        (place) => actionFor(place),
      ),
      hiddenFrom: (caller, made) => !made.place || !actionScope().sees(caller, { prisonId: made.place.prisonId, ownerOrganisationId: '' }),
      send: (caller, id) =>
        world.send(caller, 'mutation ($input: UpdateActionInput!) { updateAction(input: $input) { action { id status } } }', {
          input: { id, status: 'IN_PROGRESS' },
        }),
      allowed: (caller, made) => {
        const allowed =
          made.place !== null &&
          policyAdmits('Mutation.updateAction', caller) &&
          movesAction(caller, { prisonId: made.place.prisonId, ownerOrganisationId: made.place.organisationId }) === true;
        if (onlyCoordinator(caller) && !(caller.kind === 'user' && caller.roles.includes('PARTNER_STAFF'))) expect(allowed).toBe(false);
        if (allowed && onlyCoordinator(caller)) expect(caller.kind === 'user' && caller.organisationId).toBe(made.place!.organisationId);
        return allowed;
      },
      stateOf: (id) => world.prisma.action.findUnique({ where: { id } }),
    }));
});
