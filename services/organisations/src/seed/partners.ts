import type { ActivityDomain, OrganisationKind, PersonRole } from '../generated/prisma/enums';

export interface PartnerSeed {
  id: string;
  name: string;
  kind: OrganisationKind;
  domains: ActivityDomain[];
  prisonIds: string[];
  website: string;
  people: { id: string; firstName: string; lastName: string; role: PersonRole; languages: string[]; expiredPermit?: boolean }[];
}

const org = (n: number) => `0a000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const person = (o: number, p: number) => `0b000000-0000-4000-8000-0000000${String(o).padStart(2, '0')}${String(p).padStart(3, '0')}`;

/**
 * Demo partner organisations with stable ids: the activities service's demo offer points at the same ids
 * (services/activities/src/seed/partners.ts). Names are invented, in the style of the sector.
 */
export const PARTNERS: PartnerSeed[] = [
  {
    id: org(1),
    name: 'CAW Brussel – Justitieel Welzijnswerk',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['WELFARE'],
    prisonIds: ['HAREN'],
    website: 'https://example.org/caw-brussel',
    people: [
      { id: person(1, 1), firstName: 'Sofie', lastName: 'Janssens', role: 'TRAJECTORY_COUNSELLOR', languages: ['nl', 'fr'] },
      { id: person(1, 2), firstName: 'Karim', lastName: 'El Amrani', role: 'THERAPIST', languages: ['fr', 'ar'] },
    ],
  },
  {
    id: org(2),
    name: 'CVO Brussel – Onderwijs in de gevangenis',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['EDUCATION', 'EMPLOYMENT'],
    prisonIds: ['HAREN'],
    website: 'https://example.org/cvo-brussel',
    people: [
      { id: person(2, 1), firstName: 'Lies', lastName: 'Vermeulen', role: 'TEACHER', languages: ['nl', 'en'] },
      { id: person(2, 2), firstName: 'Marc', lastName: 'Dubois', role: 'TEACHER', languages: ['fr', 'nl'], expiredPermit: true },
    ],
  },
  {
    id: org(3),
    name: 'Sportaanbod Gevangenissen vzw',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['SPORT', 'HEALTH'],
    prisonIds: ['HAREN', 'ANTWERPEN', 'GENT', 'BRUGGE', 'HASSELT'],
    website: 'https://example.org/sport',
    people: [
      { id: person(3, 1), firstName: 'Tom', lastName: 'Claes', role: 'SPORT_MONITOR', languages: ['nl'] },
      { id: person(3, 2), firstName: 'Nadia', lastName: 'Bensaid', role: 'SPORT_MONITOR', languages: ['nl', 'fr', 'ar'] },
    ],
  },
  {
    id: org(4),
    name: 'Cultuurhuis Achter de Muren',
    kind: 'PARTNER',
    domains: ['CULTURE'],
    prisonIds: ['HAREN', 'GENT', 'ANTWERPEN'],
    website: 'https://example.org/cultuur',
    people: [
      { id: person(4, 1), firstName: 'Eva', lastName: 'De Smet', role: 'TRAINER', languages: ['nl', 'en'] },
      { id: person(4, 2), firstName: 'Julien', lastName: 'Lambert', role: 'TRAINER', languages: ['fr'] },
    ],
  },
  {
    id: org(5),
    name: 'CAW Antwerpen – Justitieel Welzijnswerk',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['WELFARE', 'HEALTH'],
    prisonIds: ['ANTWERPEN'],
    website: 'https://example.org/caw-antwerpen',
    people: [
      { id: person(5, 1), firstName: 'Jens', lastName: 'Peeters', role: 'TRAJECTORY_COUNSELLOR', languages: ['nl'] },
      { id: person(5, 2), firstName: 'Amina', lastName: 'Haddou', role: 'THERAPIST', languages: ['nl', 'ar'] },
    ],
  },
  {
    id: org(6),
    name: 'CVO Antwerpen – Tweedekansonderwijs',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['EDUCATION', 'EMPLOYMENT'],
    prisonIds: ['ANTWERPEN', 'HASSELT'],
    website: 'https://example.org/cvo-antwerpen',
    people: [{ id: person(6, 1), firstName: 'Ilse', lastName: 'Wouters', role: 'TEACHER', languages: ['nl', 'fr'] }],
  },
  {
    id: org(7),
    name: 'CAW Oost-Vlaanderen – Justitieel Welzijnswerk',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['WELFARE', 'HEALTH'],
    prisonIds: ['GENT'],
    website: 'https://example.org/caw-ovl',
    people: [
      { id: person(7, 1), firstName: 'Pieter', lastName: 'Maes', role: 'TRAJECTORY_COUNSELLOR', languages: ['nl'] },
      { id: person(7, 2), firstName: 'Hanne', lastName: 'Goossens', role: 'THERAPIST', languages: ['nl', 'en'] },
    ],
  },
  {
    id: org(8),
    name: 'Centrum Basiseducatie Gent',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['EDUCATION', 'EMPLOYMENT'],
    prisonIds: ['GENT', 'BRUGGE'],
    website: 'https://example.org/basiseducatie',
    people: [{ id: person(8, 1), firstName: 'Wim', lastName: 'Jacobs', role: 'TEACHER', languages: ['nl'] }],
  },
  {
    id: org(9),
    name: 'CAW Noord-West-Vlaanderen',
    kind: 'STRUCTURAL_PARTNER',
    domains: ['WELFARE', 'HEALTH', 'CULTURE'],
    prisonIds: ['BRUGGE'],
    website: 'https://example.org/caw-nwvl',
    people: [{ id: person(9, 1), firstName: 'Lotte', lastName: 'Mertens', role: 'TRAJECTORY_COUNSELLOR', languages: ['nl', 'fr'] }],
  },
  {
    id: org(10),
    name: 'Vrijwilligers achter Tralies vzw',
    kind: 'VOLUNTEER_ORGANISATION',
    domains: ['CULTURE', 'WELFARE', 'EDUCATION'],
    prisonIds: ['HASSELT', 'BRUGGE', 'HAREN'],
    website: 'https://example.org/vrijwilligers',
    people: [
      { id: person(10, 1), firstName: 'Greet', lastName: 'Willems', role: 'VOLUNTEER', languages: ['nl'] },
      { id: person(10, 2), firstName: 'Youssef', lastName: 'Amrani', role: 'VOLUNTEER', languages: ['nl', 'ar', 'fr'] },
    ],
  },
];
