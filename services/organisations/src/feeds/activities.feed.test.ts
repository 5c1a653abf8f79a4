import type { ActivityFacts, NeedsAssessmentFacts, SessionFacts } from '@cort/activities/events';
import { encodeCursor, type DomainEvent } from '@cort/events';
import { heldSessionsOfVolunteers } from '../modules/volunteer-hours/facilitated-sessions.repository';
import { volunteerHoursLoaders } from '../modules/volunteer-hours/volunteer-hours.loaders';
import { knownWishesOfPrison } from '../modules/wish/known-wishes.repository';
import { applyActivitiesEvents, createActivitiesFollower } from './activities.feed';
import { organisationsDatabase } from '../../test/database';

// The activities feed as this service reads it (PGlite, or PostgreSQL with TEST_DATABASE_URL): who
// facilitates which activity and which sessions were held, so that a volunteer's held sessions count as
// their hours; each event applied once, one it cannot read kept as a dead letter.
const activity = (activityId: string, facilitatorIds?: string[]): ActivityFacts => ({
  activityId,
  prisonId: 'GENT',
  organisationId: 'o-1',
  category: 'SOCIOCULTURAL',
  domain: 'CULTURE',
  status: 'PUBLISHED',
  capacity: 12,
  screeningRequired: false,
  genders: ['MALE'],
  legalStatuses: ['CONVICTED'],
  ...(facilitatorIds ? { facilitatorIds } : {}),
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
});
const session = (sessionId: string, activityId: string, startsAt: string, status: SessionFacts['status'] = 'SCHEDULED'): SessionFacts => ({
  sessionId,
  activityId,
  locationId: 'room',
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + 90 * 60_000).toISOString(),
  status,
});

let serial = 0;
const event = (type: string, payload: object, version = 1): DomainEvent => ({
  id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
  type,
  version,
  occurredAt: '2026-04-01T08:00:00.000Z',
  payload: payload as Record<string, unknown>,
});

describe(`following the activities feed for volunteer hours (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const year = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

  const organisations = organisationsDatabase();
  beforeAll(async () => {
    await organisations.prisma.organisation.create({
      data: { id: 'o-1', name: 'Vrijwilligers Gent', kind: 'VOLUNTEER_ORGANISATION', prisonIds: ['GENT'] },
    });
    await organisations.prisma.person.createMany({
      data: [
        { id: 'v-1', organisationId: 'o-1', firstName: 'A', lastName: 'B', role: 'VOLUNTEER', languages: ['nl'] },
        { id: 's-1', organisationId: 'o-1', firstName: 'C', lastName: 'D', role: 'TEACHER', languages: ['nl'] },
      ],
    });
  });

  it("counts a volunteer's held sessions once each, whatever is pulled twice, and sets aside what it cannot read", async () => {
    const page = [
      event('ActivityPublished', activity('a-1', ['v-1', 's-1'])),
      event('SessionScheduled', session('x-1', 'a-1', '2026-04-01T08:00:00.000Z')),
      event('SessionHeld', session('x-1', 'a-1', '2026-04-01T08:00:00.000Z', 'HELD')),
      event('SessionScheduled', session('x-2', 'a-1', '2026-04-08T08:00:00.000Z')),
      event('SessionCancelled', { ...session('x-3', 'a-1', '2026-04-15T08:00:00.000Z', 'CANCELLED'), reasonCode: 'OTHER' }, 2),
      event('SessionHeld', { ...session('x-4', 'a-1', '2026-04-22T08:00:00.000Z', 'HELD'), startsAt: 'tomorrow' }),
      event('SessionHeld', session('x-5', 'a-1', '2026-04-29T08:00:00.000Z', 'HELD'), 9),
      // Written before facilitators were published: the activity keeps its facilitators.
      event('ActivityUpdated', activity('a-1')),
    ];
    const cursor = encodeCursor({ transactionId: BigInt(1), position: BigInt(page.length) });
    const pulls: (string | null)[] = [];
    const follower = createActivitiesFollower(
      organisations.prisma,
      async (after) => (pulls.push(after), { events: page, cursor, hasMore: false }),
      {
        error: () => undefined,
      },
    );
    await follower.catchUp();
    await follower.catchUp(); // the same page again, as after a crash before the cursor was stored
    expect(pulls).toEqual([null, cursor]);

    const held = await heldSessionsOfVolunteers(organisations.prisma, 'GENT', year.from, year.to, ['o-1']);
    expect(held.map((row) => [row.personId, row.startsAt.toISOString()])).toEqual([['v-1', '2026-04-01T08:00:00.000Z']]);
    const letters = await organisations.prisma.deadLetterEvent.findMany({ orderBy: { eventId: 'asc' } });
    expect(letters.map((letter) => [letter.type, letter.version])).toEqual([
      ['SessionHeld', 1],
      ['SessionHeld', 9],
    ]);
    expect(await organisations.prisma.processedEvent.count()).toBe(page.length);

    // The organisation's hours in the prison: 1.5 facilitated (the teacher's are not volunteer hours) + 2 recorded.
    await organisations.prisma.volunteerHours.create({
      data: {
        personId: 's-1',
        organisationId: 'o-1',
        prisonId: 'GENT',
        date: new Date('2026-02-01T00:00:00Z'),
        hours: 2,
        kind: 'OTHER',
        recordedBy: 'test',
      },
    });
    const { volunteerHoursOf } = volunteerHoursLoaders(organisations.prisma);
    expect(await volunteerHoursOf.load({ organisationId: 'o-1', prisonId: 'GENT', year: 2026 })).toEqual({
      facilitated: 1.5,
      recorded: 2,
      total: 3.5,
    });
    expect(await volunteerHoursOf.load({ organisationId: 'o-1', prisonId: 'GENT', year: 2025 })).toEqual({
      facilitated: 0,
      recorded: 0,
      total: 0,
    });
  });

  it("keeps the wishes of the prisons' needs assessments, dropping those an update leaves out", async () => {
    const assessment = (assessmentId: string, prisonId: string, wishIds: string[]): NeedsAssessmentFacts => ({
      assessmentId,
      prisonId,
      conductedFrom: '2026-01-05',
      conductedUntil: '2026-01-09',
      method: 'SURVEY',
      respondents: 20,
      genders: ['MALE'],
      legalStatuses: ['CONVICTED'],
      languages: ['nl'],
      wishes: wishIds.map((wishId) => ({ wishId, domain: 'SPORT' as const, count: 3 })),
    });
    const logger = { error: () => undefined };
    await organisations.prisma.$transaction((tx) =>
      applyActivitiesEvents(
        tx,
        [
          event('NeedsAssessmentRecorded', assessment('n-1', 'GENT', ['w-1', 'w-2'])),
          event('NeedsAssessmentRecorded', assessment('n-2', 'BRUGGE', ['w-3'])),
        ],
        logger,
      ),
    );
    const all = ['w-1', 'w-2', 'w-3', 'w-9'];
    expect([...(await knownWishesOfPrison(organisations.prisma, 'GENT', all))].sort()).toEqual(['w-1', 'w-2']);
    expect([...(await knownWishesOfPrison(organisations.prisma, 'BRUGGE', all))]).toEqual(['w-3']);

    await organisations.prisma.$transaction((tx) =>
      applyActivitiesEvents(tx, [event('NeedsAssessmentUpdated', assessment('n-1', 'GENT', ['w-2', 'w-4']))], logger),
    );
    expect([...(await knownWishesOfPrison(organisations.prisma, 'GENT', [...all, 'w-4']))].sort()).toEqual(['w-2', 'w-4']);
    expect([...(await knownWishesOfPrison(organisations.prisma, 'BRUGGE', all))]).toEqual(['w-3']);
  });
});
