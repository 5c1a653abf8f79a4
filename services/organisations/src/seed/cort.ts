import { regionOfPrison } from '@cort/vocabulary';
import type { Prisma } from '../generated/prisma/client';
import type { CortFunction } from '../generated/prisma/enums';
import { CORT_FUNCTIONS, expectedFunctions } from '../domain/cort';
import { PARTNERS } from './partners';

type Tx = Prisma.TransactionClient;
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Flemish demo prisons: each has the nine CORT functions, two of them vacant across the four. */
export const FLEMISH_DEMO_PRISONS = ['ANTWERPEN', 'GENT', 'BRUGGE', 'HASSELT'] as const;
/** The demo's two vacancies. */
export const DEMO_VACANCIES: { prisonId: string; function: CortFunction }[] = [
  { prisonId: 'GENT', function: 'LIBRARY_CONSULTANT' },
  { prisonId: 'HASSELT', function: 'UNLOCKED_COORDINATOR' },
];

/** Which demo organisation employs a function's holder, the first serving the prison (the sport partner serves them all). */
const EMPLOYERS: Record<CortFunction, number[]> = {
  ORGANISATION_SUPPORT: [5, 7, 9, 6],
  EDUCATION_COORDINATOR: [6, 8],
  CULTURE_OFFICER: [4, 10],
  SPORT_OFFICER: [3],
  WORK_MEDIATOR: [5, 7, 9, 6],
  LIBRARY_CONSULTANT: [4, 8, 10],
  UNLOCKED_COORDINATOR: [5, 7, 9, 10],
  CHILD_VISITS_RESPONSIBLE: [5, 7, 9, 10],
  PRISON_OFFICER: [3],
  COMMUNITY_COORDINATOR: [1],
};
const FIRST_NAMES = ['Annelies', 'Bart', 'Charlotte', 'Dirk', 'Elke', 'Filip', 'Griet', 'Hans', 'Inge', 'Joris', 'Katrien', 'Luc'];
const LAST_NAMES = [
  'Aerts',
  'Bogaert',
  'Cools',
  'Desmet',
  'Engels',
  'Franssens',
  'Geerts',
  'Hermans',
  'Lemmens',
  'Michiels',
  'Segers',
  'Verhoeven',
];

const orgId = (n: number) => `0a000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
/** Stable ids of the CORT members' person records: prison number and function number. */
const cortPersonId = (p: number, f: number) => `0b000000-0000-4000-8000-0000009${p}${String(f).padStart(4, '0')}`;

/** The demo's CORT in Brussels: Haren's community coordinator, its other functions vacant. */
export const BRUSSELS_DEMO_CORT: { prisonId: string; function: CortFunction }[] = [
  { prisonId: 'HAREN', function: 'COMMUNITY_COORDINATOR' },
];

/**
 * A staff member of an organisation serving the prison (with a charter and a prison access permit),
 * appointed to the function some years ago; `p` numbers the prison for the person's stable id and name.
 */
async function appointDemoMember(tx: Tx, year: number, p: number, prisonId: string, fn: CortFunction) {
  const f = CORT_FUNCTIONS.indexOf(fn);
  const employer = EMPLOYERS[fn].map(orgId).find((id) => PARTNERS.find((o) => o.id === id)?.prisonIds.includes(prisonId)) ?? orgId(3);
  const id = cortPersonId(p, f);
  const [firstName, lastName] = [FIRST_NAMES[(p * 9 + f) % FIRST_NAMES.length], LAST_NAMES[(p * 5 + f * 7) % LAST_NAMES.length]];
  const languages = regionOfPrison(prisonId) === 'BRUSSELS' ? ['nl', 'fr'] : ['nl'];
  await tx.person.create({ data: { id, organisationId: employer, firstName, lastName, role: 'COORDINATOR', languages } });
  await tx.clearance.createMany({
    data: [
      { personId: id, kind: 'CHARTER', validFrom: date(`${year - 2}-01-01`), recordedBy: 'demo' },
      {
        personId: id,
        kind: 'PRISON_ACCESS',
        prisonId,
        validFrom: date(`${year - 2}-01-01`),
        validUntil: date(`${year + 2}-12-31`),
        recordedBy: 'demo',
      },
    ],
  });
  await tx.cortMembership.create({
    data: { prisonId, function: fn, personId: id, since: date(`${year - 1 - (f % 3)}-0${1 + (f % 9)}-01`), appointedBy: 'demo' },
  });
}

/**
 * The CORT of each Flemish demo prison: a staff member of a structural partner serving it per function it
 * expects, appointed over the past years, except the two vacancies; one earlier holder whose membership
 * ended, to show the history. In Haren, the community coordinator (of the Brussels justice welfare service).
 */
export async function seedCort(tx: Tx, year: number) {
  for (const [p, prisonId] of FLEMISH_DEMO_PRISONS.entries()) {
    for (const fn of expectedFunctions(regionOfPrison(prisonId))) {
      if (DEMO_VACANCIES.some((v) => v.prisonId === prisonId && v.function === fn)) continue;
      await appointDemoMember(tx, year, p, prisonId, fn);
    }
  }
  for (const [b, { prisonId, function: fn }] of BRUSSELS_DEMO_CORT.entries()) {
    await appointDemoMember(tx, year, FLEMISH_DEMO_PRISONS.length + b, prisonId, fn);
  }
  // Gent's library consultant left at the end of last year: the vacancy the policy coordinator has to fill.
  const formerConsultant = PARTNERS.find((o) => o.id === orgId(4))!.people[1].id;
  await tx.cortMembership.create({
    data: {
      prisonId: 'GENT',
      function: 'LIBRARY_CONSULTANT',
      personId: formerConsultant,
      since: date(`${year - 3}-09-01`),
      until: date(`${year - 1}-12-31`),
      appointedBy: 'demo',
      endedBy: 'demo',
    },
  });
}

/** The policy team of each demo prison: its direction, its policy coordinator and each organisation's first person. */
export async function seedPolicyTeams(tx: Tx, prisonIds: readonly string[]) {
  const POLICY_COORDINATORS = ['An Verbruggen', 'Koen Dewitte', 'Sarah Claeys', 'Tine Vandenberghe', 'Wouter Smets'];
  for (const [index, prisonId] of prisonIds.entries()) {
    const organisations = PARTNERS.filter((o) => o.prisonIds.includes(prisonId));
    const seats = [
      { role: 'DIRECTION' as const, name: `Directie gevangenis ${prisonId.charAt(0)}${prisonId.slice(1).toLowerCase()}` },
      { role: 'POLICY_COORDINATOR' as const, name: POLICY_COORDINATORS[index % POLICY_COORDINATORS.length] },
      ...organisations.map((o) => ({ role: 'ORGANISATION_RESPONSIBLE' as const, personId: o.people[0].id, organisationId: o.id })),
    ];
    await tx.policyTeamMember.createMany({ data: seats.map((seat, position) => ({ ...seat, prisonId, position, setBy: 'demo' })) });
  }
}
