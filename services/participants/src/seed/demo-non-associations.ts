import type { NonAssociationReason, PrismaClient } from '../generated/prisma/client';
import { pairOf } from '../domain/non-association';

const DEMO = 'demo';
const PRISON = 'HAREN';

// What the demo's prison staff recorded, in turn (invented, in Dutch as the demo is); the last one was closed since.
const RECORDS: { reason: NonAssociationReason; note: string | null; closed?: string }[] = [
  { reason: 'CO_ACCUSED', note: 'Zelfde dossier, bevel van de onderzoeksrechter.' },
  { reason: 'THREAT', note: 'Bedreiging op de wandeling.' },
  { reason: 'GANG_RELATED', note: null },
  { reason: 'BULLYING', note: 'Afpersing in de sectie.', closed: 'Na bemiddeling opgelost.' },
];

/**
 * Demo non-associations in HAREN, once the demo enrolments are made: each between two participants who are
 * in one activity together (the groups a coordinator must now look at again), one of them closed since.
 * Does nothing when there are some already; returns how many it recorded.
 */
export async function seedDemoNonAssociations(prisma: PrismaClient): Promise<number> {
  if ((await prisma.nonAssociation.count()) > 0) return 0;
  const open = await prisma.enrolment.findMany({
    where: { status: { in: ['ENROLLED', 'WAITLISTED'] }, participant: { prisonId: PRISON } },
    orderBy: [{ activityId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
  });
  const byActivity = new Map<string, typeof open>();
  for (const enrolment of open) byActivity.set(enrolment.activityId, [...(byActivity.get(enrolment.activityId) ?? []), enrolment]);
  const taken = new Set<string>();
  let made = 0;
  for (const group of byActivity.values()) {
    const free = group.map((e) => e.participantId).filter((id) => !taken.has(id));
    for (let i = 0; i + 1 < free.length && made < RECORDS.length; i += 2) {
      const pair = pairOf([free[i], free[i + 1]]);
      if ('problem' in pair) continue;
      taken.add(free[i]).add(free[i + 1]);
      const { reason, note, closed } = RECORDS[made++];
      await prisma.nonAssociation.create({
        data: {
          ...pair,
          prisonId: PRISON,
          reason,
          note,
          openedBy: DEMO,
          closedAt: closed ? new Date() : null,
          changes: {
            create: [{ action: 'OPENED', by: DEMO }, ...(closed ? [{ action: 'CLOSED' as const, by: DEMO, reason: closed }] : [])],
          },
        },
      });
    }
  }
  return made;
}
