import type { DomainEvent } from '@cort/events';
import { offerRows } from '../src/domain/offer-overview';
import type { Producer } from '../src/domain/report-events';
import { yearBounds } from '../src/domain/report-year';
import { applyEvents } from '../src/feeds/projections';
import { offerCounts } from '../src/modules/offer-overview/offer-overview.repository';
import { activity, enrolment, event, session } from './events';
import { reportingDatabase } from './database';

// The projections and the report's one statement, on a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL), from events shaped as the activities and participants services write them.

describe('reporting projections', () => {
  const reporting = reportingDatabase();
  const apply = (producer: Producer, events: DomainEvent[]) => reporting.prisma.$transaction((tx) => applyEvents(tx, producer, events));
  const NOW = new Date('2026-06-15T12:00:00Z');
  const report = (year: number, prisonId = 'HAREN') => offerCounts(reporting.prisma, prisonId, yearBounds(year), NOW).then(offerRows);

  const offer = [
    ...['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => activity(id, 'EDUCATIONAL')),
    activity('p1', 'PSYCHOSOCIAL'),
    activity('gent', 'EDUCATIONAL', 'GENT'),
    // e1: two sessions over by NOW, one to come, one cancelled; e2..e5: one session over each.
    session('s1', 'e1', '2026-02-02T09:00:00Z'),
    session('s2', 'e1', '2026-03-02T09:00:00Z'),
    session('s3', 'e1', '2026-09-02T09:00:00Z'),
    session('s4', 'e1', '2026-04-02T09:00:00Z'),
    session('s4', 'e1', '2026-04-02T09:00:00Z', 2, 'CANCELLED'),
    ...['e2', 'e3', 'e4', 'e5'].map((id) => session(`s-${id}`, id, '2026-05-05T09:00:00Z')),
    // p1 ran only in 2025 (New Year's Eve, 23:30 UTC is already 2026 in Brussels: it counts in 2026).
    session('p1-old', 'p1', '2025-03-01T09:00:00Z'),
    session('p1-eve', 'p1', '2025-12-31T23:30:00Z', 1),
    session('gent-1', 'gent', '2026-02-02T09:00:00Z'),
  ];
  const people = [
    ...['a', 'b', 'c'].map((p) => enrolment(p, 'e1')),
    // d is in two educational activities: one participant of the category.
    enrolment('d', 'e2'),
    enrolment('d', 'e3'),
    // e was enrolled, then withdrew: still a participant of the year.
    enrolment('e', 'e4'),
    enrolment('e', 'e4', 'WITHDRAWN', 'ENROLLED'),
    // f only waited and g was only requested: not participants.
    enrolment('f', 'e5', 'WAITLISTED'),
    enrolment('g', 'e5', 'REQUESTED'),
    enrolment('x', 'p1'),
    enrolment('y', 'gent'),
    event('ParticipantRegistered', {
      participantId: 'z',
      prisonId: 'HAREN',
      gender: 'FEMALE',
      legalStatus: 'SUSPECT',
      status: 'IN_CUSTODY',
    }),
  ];

  beforeAll(async () => {
    await apply('activities', offer);
    await apply('participants', people);
  });

  it('counts per category the activities that ran in the year, their sessions over, and distinct participants', async () => {
    expect(await report(2026)).toEqual([
      { category: 'EDUCATIONAL', activities: 5, sessionsHeld: 6, participants: 5, suppressed: false },
      { category: 'PSYCHOSOCIAL', activities: null, sessionsHeld: null, participants: null, suppressed: true },
      { category: 'SOCIOCULTURAL', activities: 0, sessionsHeld: 0, participants: 0, suppressed: false },
    ]);
    expect(await offerCounts(reporting.prisma, 'HAREN', yearBounds(2026), NOW)).toEqual({
      EDUCATIONAL: { activities: 5, sessionsHeld: 6, participants: 5 },
      PSYCHOSOCIAL: { activities: 1, sessionsHeld: 1, participants: 1 },
    });
    expect(await offerCounts(reporting.prisma, 'HAREN', yearBounds(2025), NOW)).toEqual({
      PSYCHOSOCIAL: { activities: 1, sessionsHeld: 1, participants: 1 },
    });
    expect(await offerCounts(reporting.prisma, 'GENT', yearBounds(2026), NOW)).toEqual({
      EDUCATIONAL: { activities: 1, sessionsHeld: 1, participants: 1 },
    });
  });

  it('computes the report in one statement, whatever the number of activities', async () => {
    reporting.db.statements.reset();
    await report(2026);
    expect(reporting.db.statements.count).toBe(1);
  });

  it('applies an event once: pulling the same pages again changes nothing', async () => {
    const before = await Promise.all([
      reporting.prisma.reportActivity.count(),
      reporting.prisma.reportSession.count(),
      reporting.prisma.reportEnrolment.count(),
    ]);
    expect(await apply('activities', offer)).toBe(0);
    expect(await apply('participants', people)).toBe(0);
    expect(
      await Promise.all([
        reporting.prisma.reportActivity.count(),
        reporting.prisma.reportSession.count(),
        reporting.prisma.reportEnrolment.count(),
      ]),
    ).toEqual(before);
    expect(await reporting.prisma.processedEvent.count()).toBe(offer.length + people.length);
  });

  it('follows a later change of a session or an activity, and an event applied late does not undo it', async () => {
    const cancel = session('s-e5', 'e5', '2026-05-05T09:00:00Z', 2, 'CANCELLED');
    expect(await apply('activities', [cancel])).toBe(1);
    expect((await offerCounts(reporting.prisma, 'HAREN', yearBounds(2026), NOW)).EDUCATIONAL).toEqual({
      activities: 4,
      sessionsHeld: 5,
      participants: 5,
    });
    // The scheduling event again (already processed, by id): the session stays cancelled.
    expect(await apply('activities', [offer.find((e) => e.payload.sessionId === 's-e5')!])).toBe(0);
    expect(await reporting.prisma.reportSession.findUniqueOrThrow({ where: { id: 's-e5' } })).toMatchObject({ status: 'CANCELLED' });
    await apply('activities', [activity('e1', 'SOCIOCULTURAL', 'HAREN', 'ActivityUpdated')]);
    expect(await reporting.prisma.reportActivity.findUniqueOrThrow({ where: { id: 'e1' } })).toMatchObject({ category: 'SOCIOCULTURAL' });
  });

  it('does not count a draft: its sessions are planned, not run', async () => {
    const draft = { ...activity('d1', 'PSYCHOSOCIAL', 'GENT', 'ActivityCreated') };
    draft.payload = { ...draft.payload, status: 'DRAFT' };
    await apply('activities', [draft, session('d1-s', 'd1', '2026-03-03T09:00:00Z')]);
    await apply('participants', [enrolment('q', 'd1')]);
    expect((await offerCounts(reporting.prisma, 'GENT', yearBounds(2026), NOW)).PSYCHOSOCIAL).toBeUndefined();
  });
});
