import type { activitiesEvents } from '@cort/activities/events';
import type { DomainEvent, PayloadOf } from '@cort/events';
import type { organisationsEvents } from '@cort/organisations/events';
import { event } from './events';

// A small organisations feed (and the activities events its volunteer hours need) for the partner figures
// of prison GENT in 2026 and 2025, with what each figure should be. Payloads are checked against the
// producers' catalogues (`satisfies`), so they cannot drift apart.
type Organisations = typeof organisationsEvents;
type Activities = typeof activitiesEvents;

const organisation = (type: 'OrganisationCreated' | 'OrganisationUpdated', organisationId: string, kind: string, prisonIds: string[]) =>
  event(type, { organisationId, kind, prisonIds } as PayloadOf<Organisations, 'OrganisationCreated'>);

const agreement = (agreementId: string, organisationId: string, prisonIds: string[], validFrom: string, validUntil: string | null) =>
  event('AgreementRecorded', {
    agreementId,
    organisationId,
    kind: 'COOPERATION_AGREEMENT',
    prisonIds,
    validFrom,
    validUntil,
  } satisfies PayloadOf<Organisations, 'AgreementRecorded'>);

const person = (
  type: 'PersonAdded' | 'PersonUpdated' | 'PersonStatusChanged',
  personId: string,
  organisationId: string,
  kind: 'STAFF' | 'VOLUNTEER',
  status: 'ACTIVE' | 'INACTIVE' | 'SUSPENDED',
  statusSince: string,
) => event(type, { personId, organisationId, kind, prisonIds: [], status, statusSince } satisfies PayloadOf<Organisations, 'PersonAdded'>);

const hours = (entryId: string, personId: string, organisationId: string, prisonId: string, date: string, h: number) =>
  event('VolunteerHoursRecorded', {
    entryId,
    personId,
    organisationId,
    prisonId,
    date,
    hours: h,
    kind: 'PREPARATION',
  } satisfies PayloadOf<Organisations, 'VolunteerHoursRecorded'>);

const action = (
  type: 'ActionAdded' | 'ActionUpdated',
  actionId: string,
  prisonId: string,
  year: number,
  status: string,
  untilYear?: number,
) =>
  event(type, {
    actionId,
    actionPlanId: `plan-${prisonId}-${year}`,
    prisonId,
    year,
    ...(untilYear === undefined ? {} : { untilYear }),
    ownerOrganisationId: 'o1',
    status,
    dueOn: `${year}-10-01`,
  } as PayloadOf<Organisations, 'ActionAdded'>);

export const organisationsFeed: DomainEvent[] = [
  organisation('OrganisationCreated', 'o1', 'STRUCTURAL_PARTNER', ['GENT', 'BRUGGE']),
  organisation('OrganisationCreated', 'o2', 'VOLUNTEER_ORGANISATION', ['BRUGGE']),
  organisation('OrganisationUpdated', 'o2', 'VOLUNTEER_ORGANISATION', ['GENT']),
  organisation('OrganisationCreated', 'o3', 'PARTNER', ['GENT', 'BRUGGE']),
  organisation('OrganisationCreated', 'o4', 'PARTNER', ['HAREN']),
  // o1: all its prisons, 2025 to March 2026; o2: GENT from June 2026; o3: BRUGGE only; o4: HAREN.
  agreement('a1', 'o1', [], '2025-01-01', '2026-03-31'),
  agreement('a2', 'o2', ['GENT'], '2026-06-01', null),
  agreement('a3', 'o3', ['BRUGGE'], '2020-01-01', null),
  agreement('a4', 'o4', [], '2020-01-01', null),
  person('PersonAdded', 'p1', 'o1', 'STAFF', 'ACTIVE', '2024-05-01'),
  person('PersonAdded', 'p2', 'o2', 'VOLUNTEER', 'ACTIVE', '2026-02-01'),
  person('PersonAdded', 'p3', 'o2', 'VOLUNTEER', 'ACTIVE', '2025-01-10'),
  person('PersonStatusChanged', 'p3', 'o2', 'VOLUNTEER', 'INACTIVE', '2025-12-01'),
  person('PersonAdded', 'p4', 'o1', 'STAFF', 'ACTIVE', '2026-01-05'),
  person('PersonUpdated', 'p4', 'o1', 'VOLUNTEER', 'ACTIVE', '2026-01-05'),
  person('PersonAdded', 'p5', 'o4', 'STAFF', 'ACTIVE', '2020-01-01'),
  // Added in March 2026, then recorded as gone since June 2025: never counted.
  person('PersonAdded', 'p6', 'o1', 'STAFF', 'ACTIVE', '2026-03-01'),
  person('PersonStatusChanged', 'p6', 'o1', 'STAFF', 'INACTIVE', '2025-06-01'),
  hours('h1', 'p2', 'o2', 'GENT', '2026-03-01', 2.5),
  hours('h2', 'p3', 'o2', 'GENT', '2025-11-01', 1.25),
  hours('h3', 'p2', 'o2', 'BRUGGE', '2026-03-02', 4),
  action('ActionAdded', 'ac1', 'GENT', 2026, 'PLANNED'),
  action('ActionUpdated', 'ac1', 'GENT', 2026, 'DONE'),
  action('ActionAdded', 'ac2', 'GENT', 2026, 'IN_PROGRESS'),
  action('ActionAdded', 'ac3', 'GENT', 2025, 'DONE'),
  action('ActionAdded', 'ac4', 'HAREN', 2026, 'DONE'),
  // A plan for 2024 to 2026: its action counts in each of those years.
  action('ActionAdded', 'ac5', 'GENT', 2024, 'PLANNED', 2026),
];

const facilitated = (activityId: string, prisonId: string, facilitatorIds?: string[]) =>
  event('ActivityPublished', {
    activityId,
    prisonId,
    organisationId: 'o1',
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    status: 'PUBLISHED',
    capacity: 10,
    screeningRequired: false,
    genders: ['MALE'],
    legalStatuses: ['CONVICTED'],
    ...(facilitatorIds ? { facilitatorIds } : {}),
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  } satisfies PayloadOf<Activities, 'ActivityCreated'>);

const sessionEvent = (
  type: 'SessionScheduled' | 'SessionHeld',
  sessionId: string,
  activityId: string,
  startsAt: string,
  hoursLong: number,
) =>
  event(type, {
    sessionId,
    activityId,
    locationId: 'room',
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + hoursLong * 3_600_000).toISOString(),
    status: type === 'SessionHeld' ? 'HELD' : 'SCHEDULED',
  } satisfies PayloadOf<Activities, 'SessionScheduled'>);

export const activitiesFeed: DomainEvent[] = [
  // act1: a volunteer (p2) and staff (p1); act2: two volunteers (p2, p4); act3: in HAREN.
  facilitated('act1', 'GENT', ['p2', 'p1']),
  facilitated('act2', 'GENT', ['p2', 'p4']),
  facilitated('act3', 'HAREN', ['p5']),
  sessionEvent('SessionScheduled', 's1', 'act1', '2026-04-01T08:00:00.000Z', 2),
  sessionEvent('SessionHeld', 's1', 'act1', '2026-04-01T08:00:00.000Z', 2),
  sessionEvent('SessionScheduled', 's2', 'act1', '2026-12-01T08:00:00.000Z', 2),
  sessionEvent('SessionHeld', 's4', 'act2', '2026-05-01T08:00:00.000Z', 1.5),
  sessionEvent('SessionHeld', 's5', 'act3', '2026-05-01T08:00:00.000Z', 3),
  // Before facilitators were published: the activity keeps the facilitators it had.
  facilitated('act2', 'GENT'),
];

/** 2026 in GENT: o1 and o2; p1 staff; p2 and p4 volunteers; 2.5 by hand + 2 (s1, p2) + 3 (s4, p2 and p4). */
export const gent2026 = { organisations: 2, staff: 1, volunteers: 2, volunteerHours: 7.5 };
/** 2025 in GENT: o1; p1 staff; p3 volunteer (left in December); 1.25 by hand. */
export const gent2025 = { organisations: 1, staff: 1, volunteers: 1, volunteerHours: 1.25 };
