import type { ActivityDomain } from '../generated/prisma/enums';

/**
 * The demo partner organisations as the activities service knows them: by id, with the domains and
 * prisons that decide which activities they organise, and a facilitator holding a valid permit. The
 * organisations service seeds the same ids with names, people and clearances
 * (services/organisations/src/seed/partners.ts); an end-to-end test checks the two agree.
 */
export interface PartnerSeed {
  id: string;
  domains: ActivityDomain[];
  prisons: string[];
  facilitatorIds: string[];
}

const org = (n: number) => `0a000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const person = (o: number, p: number) => `0b000000-0000-4000-8000-0000000${String(o).padStart(2, '0')}${String(p).padStart(3, '0')}`;

export const PARTNERS: PartnerSeed[] = [
  { id: org(1), domains: ['WELFARE'], prisons: ['HAREN'], facilitatorIds: [person(1, 1)] },
  { id: org(2), domains: ['EDUCATION', 'EMPLOYMENT'], prisons: ['HAREN'], facilitatorIds: [person(2, 1)] },
  {
    id: org(3),
    domains: ['SPORT', 'HEALTH'],
    prisons: ['HAREN', 'ANTWERPEN', 'GENT', 'BRUGGE', 'HASSELT'],
    facilitatorIds: [person(3, 1)],
  },
  { id: org(4), domains: ['CULTURE'], prisons: ['HAREN', 'GENT', 'ANTWERPEN'], facilitatorIds: [person(4, 1)] },
  { id: org(5), domains: ['WELFARE', 'HEALTH'], prisons: ['ANTWERPEN'], facilitatorIds: [person(5, 1)] },
  { id: org(6), domains: ['EDUCATION', 'EMPLOYMENT'], prisons: ['ANTWERPEN', 'HASSELT'], facilitatorIds: [person(6, 1)] },
  { id: org(7), domains: ['WELFARE', 'HEALTH'], prisons: ['GENT'], facilitatorIds: [person(7, 1)] },
  { id: org(8), domains: ['EDUCATION', 'EMPLOYMENT'], prisons: ['GENT', 'BRUGGE'], facilitatorIds: [person(8, 1)] },
  { id: org(9), domains: ['WELFARE', 'HEALTH', 'CULTURE'], prisons: ['BRUGGE'], facilitatorIds: [person(9, 1)] },
  { id: org(10), domains: ['CULTURE', 'WELFARE', 'EDUCATION'], prisons: ['HASSELT', 'BRUGGE', 'HAREN'], facilitatorIds: [person(10, 1)] },
];

/**
 * A volunteer of Vrijwilligers achter Tralies whom the organisations demo suspends from the first of this
 * month: they co-facilitate one of its running activities, whose coming sessions so show in sessionsAtRisk.
 */
export const SUSPENDED_VOLUNTEER = { organisationId: org(10), personId: person(10, 2) };

/**
 * The organisations demo lets this volunteer organisation's agreement for HASSELT lapse in 20 days, within
 * the running activities' period: its first activity there was created and published with the warning
 * NO_CURRENT_AGREEMENT acknowledged (Activity.acknowledgements).
 */
export const AGREEMENT_LAPSING = { organisationId: org(10), prisonId: 'HASSELT' };
