import type { Prisma } from '../generated/prisma/client';
import type { ActionStatus } from '../generated/prisma/enums';
import { PARTNERS } from './partners';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

const GOALS = [
  'Een breder cultuur- en sportaanbod',
  'Meer gedetineerden naar onderwijs en werk',
  'Partners en vrijwilligers beter ondersteunen',
];

/**
 * A dozen actions per plan, in every status, some overdue (an open action whose due date has passed): the
 * title, the status path its history walks, and its due date in days from today.
 */
const ACTIONS: { title: string; path: ActionStatus[]; dueInDays: number; note?: string }[] = [
  { title: 'Atelier beeldende kunst opstarten', path: ['PLANNED', 'IN_PROGRESS', 'DONE'], dueInDays: -60 },
  { title: 'Sportdag in de zomer organiseren', path: ['PLANNED', 'IN_PROGRESS'], dueInDays: -10 },
  { title: 'Bibliotheekwerking uitbreiden naar de avond', path: ['PLANNED'], dueInDays: -20 },
  { title: 'Theaterproject met een externe groep', path: ['PLANNED', 'POSTPONED'], dueInDays: 45, note: 'Na de verbouwing van de zaal.' },
  { title: 'Trajectbegeleiding werk voor kortgestraften', path: ['PLANNED', 'IN_PROGRESS'], dueInDays: 30 },
  { title: 'Onthaalklas Nederlands elke maand', path: ['PLANNED', 'IN_PROGRESS', 'DONE'], dueInDays: -5 },
  { title: 'Opleiding vrijwilligers over de regels van de gevangenis', path: ['PLANNED'], dueInDays: 60 },
  {
    title: 'Digitale vaardigheden voor gedetineerden',
    path: ['PLANNED', 'DROPPED'],
    dueInDays: -30,
    note: 'Geen toestellen beschikbaar dit jaar.',
  },
  {
    title: 'Kinderbezoek in een huiselijke ruimte',
    path: ['PLANNED', 'POSTPONED', 'IN_PROGRESS'],
    dueInDays: -3,
    note: 'Uitgesteld tot de ruimte klaar was.',
  },
  { title: 'Behoefte-onderzoek bij gedetineerden', path: ['PLANNED', 'IN_PROGRESS', 'DONE'], dueInDays: -90 },
  { title: 'Terugkoppelingsgesprekken met afhakers', path: ['PLANNED', 'IN_PROGRESS'], dueInDays: 90 },
  { title: 'Jaarverslag van het aanbod voorbereiden', path: ['PLANNED'], dueInDays: 120 },
];

/** The demo prison whose plan spans this year and the next. */
export const PLAN_OVER_TWO_YEARS = 'HAREN';

/** One action plan per demo prison for this year (HAREN's for this year and the next): three goals, a dozen actions owned by the organisations serving it, with their history. */
export async function seedActionPlans(tx: Tx, prisonIds: readonly string[], today: Date) {
  const year = today.getUTCFullYear();
  const dayOf = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + offset * DAY);
  for (const prisonId of prisonIds) {
    const owners = PARTNERS.filter((o) => o.prisonIds.includes(prisonId));
    const spansTwoYears = prisonId === PLAN_OVER_TWO_YEARS;
    const plan = await tx.actionPlan.create({
      data: {
        prisonId,
        year,
        untilYear: spansTwoYears ? year + 1 : null,
        title: spansTwoYears ? `Actieplan ${year}–${year + 1}` : `Actieplan ${year}`,
        createdBy: 'demo',
      },
    });
    const goals = await tx.goal.createManyAndReturn({ data: GOALS.map((title) => ({ actionPlanId: plan.id, title })) });
    for (const [index, seed] of ACTIONS.entries()) {
      const owner = owners[index % owners.length];
      const status = seed.path.at(-1)!;
      const action = await tx.action.create({
        data: {
          goalId: goals[index % goals.length].id,
          title: seed.title,
          ownerOrganisationId: owner.id,
          ownerPersonId: index % 2 === 0 ? owner.people[0].id : null,
          dueOn: dayOf(seed.dueInDays),
          status,
          activityIds: [],
        },
      });
      await tx.actionChange.createMany({
        data: seed.path.map((to, step) => ({
          actionId: action.id,
          from: step === 0 ? null : seed.path[step - 1],
          to,
          dueOn: dayOf(seed.dueInDays),
          note: step === seed.path.length - 1 ? (seed.note ?? null) : null,
          by: 'demo',
          at: new Date(today.getTime() - (seed.path.length - step) * 7 * DAY),
        })),
      });
    }
  }
}
