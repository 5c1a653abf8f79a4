import type { PrismaClient } from '../generated/prisma/client';

/**
 * The demo actions that answer a wish of their prison's demo needs assessments, by the wish's domain.
 * The wishes exist only in the activities service: this service learns them from its feed after the
 * seed, so the demo links them after catch-ups of that feed until none waits (see {@link linkDemoActionsToWishes}).
 */
export const DEMO_ACTION_WISHES: Record<string, string> = {
  'Sportdag in de zomer organiseren': 'SPORT',
  'Trajectbegeleiding werk voor kortgestraften': 'EMPLOYMENT',
  'Onthaalklas Nederlands elke maand': 'EDUCATION',
  'Kinderbezoek in een huiselijke ruimte': 'WELFARE',
};

/**
 * Links each demo action above that answers no wish yet to its prison's first known wish of the domain.
 * Says how many it linked and how many still wait: those whose prison has no known wish at all yet, for a
 * later call once the feed has brought its needs assessments (the activities seed is one transaction, so a
 * prison with one known wish has them all). An action whose prison has wishes but none of its domain does
 * not wait: no call would link it.
 */
export async function linkDemoActionsToWishes(prisma: PrismaClient): Promise<{ linked: number; waiting: number }> {
  const actions = await prisma.action.findMany({
    where: { title: { in: Object.keys(DEMO_ACTION_WISHES) }, wishIds: { isEmpty: true }, goal: { actionPlan: { createdBy: 'demo' } } },
    select: { id: true, title: true, goal: { select: { actionPlan: { select: { prisonId: true } } } } },
  });
  if (!actions.length) return { linked: 0, waiting: 0 };
  const wishes = await prisma.knownWish.findMany({
    where: { prisonId: { in: actions.map((a) => a.goal.actionPlan.prisonId) } },
    orderBy: [{ assessmentId: 'asc' }, { id: 'asc' }],
  });
  let linked = 0;
  let waiting = 0;
  for (const action of actions) {
    const { prisonId } = action.goal.actionPlan;
    const wish = wishes.find((w) => w.prisonId === prisonId && w.domain === DEMO_ACTION_WISHES[action.title]);
    if (!wish) {
      if (!wishes.some((w) => w.prisonId === prisonId)) waiting++;
      continue;
    }
    // Only while it still answers none: a coordinator who linked wishes meanwhile keeps theirs.
    linked += (await prisma.action.updateMany({ where: { id: action.id, wishIds: { isEmpty: true } }, data: { wishIds: [wish.id] } }))
      .count;
  }
  return { linked, waiting };
}
