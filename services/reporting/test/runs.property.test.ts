import type { DomainEvent } from '@cort/events';
import fc from 'fast-check';
import { applyEvents } from '../src/feeds/projections';
import { cancellation, enrolment, followUpOpened, mark, participant, session, sessionEvent } from './events';
import { reportingDatabase } from './database';

// A page's consecutive projections of one kind are written together (sessions, marks and enrolment changes
// in a few statements per run): whatever the sequence (a session moved and held in one run, a mark changed
// twice, removed, recorded again, an enrolment requested, withdrawn, requested again and enrolled), one
// page of them leaves exactly the rows that one event per page leaves.
const SESSIONS = ['s1', 's2'];
const PEOPLE = ['p1', 'p2', 'p3'];
/** Retention already gave p3 a pseudonym: what one event per page does with their events, a page does too. */
const PSEUDONYMISED = 'p3';
const HOURS = ['2026-02-02T09:00:00.000Z', '2026-02-03T13:00:00.000Z'];
const RUNS = process.env.TEST_DATABASE_URL ? 30 : 100;

const sessionStep = fc
  .record({
    kind: fc.constantFrom('SessionScheduled', 'SessionHeld', 'SessionMoved', 'SessionRestored', 'SessionCancelled'),
    sessionId: fc.constantFrom(...SESSIONS),
    startsAt: fc.constantFrom(...HOURS),
  })
  .map(({ kind, sessionId, startsAt }) => () => {
    if (kind === 'SessionScheduled') return session(sessionId, 'a1', startsAt);
    if (kind === 'SessionCancelled') return cancellation(sessionId, 'a1', startsAt, 'LOCKDOWN');
    return sessionEvent(kind, sessionId, 'a1', startsAt);
  });

const minuteOf = (minute: number) => `2026-02-02T11:${String(minute).padStart(2, '0')}:00.000Z`;

const markStep = fc
  .record({
    sessionId: fc.constantFrom(...SESSIONS),
    participantId: fc.constantFrom(...PEOPLE),
    code: fc.constantFrom('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', null),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(
    ({ sessionId, participantId, code, minute }) =>
      () =>
        mark(sessionId, participantId, 'a1', code, { recordedAt: minuteOf(minute) }),
  );

/** The changes the participants service writes when a request is placed, screened, approved, promoted, withdrawn or ends. */
const TRANSITIONS = [
  { from: null, to: 'REQUESTED' },
  { from: null, to: 'IN_SCREENING' },
  { from: null, to: 'WAITLISTED' },
  { from: null, to: 'ENROLLED' },
  { from: 'REQUESTED', to: 'IN_SCREENING' },
  { from: 'REQUESTED', to: 'ENROLLED' },
  { from: 'REQUESTED', to: 'WITHDRAWN' },
  { from: 'IN_SCREENING', to: 'ENROLLED' },
  { from: 'IN_SCREENING', to: 'WAITLISTED' },
  { from: 'IN_SCREENING', to: 'REJECTED' },
  { from: 'WAITLISTED', to: 'ENROLLED' },
  { from: 'WAITLISTED', to: 'WITHDRAWN' },
  { from: 'ENROLLED', to: 'WITHDRAWN' },
  { from: 'ENROLLED', to: 'COMPLETED' },
] as const;

const enrolmentStep = fc
  .record({
    participantId: fc.constantFrom(...PEOPLE),
    activityId: fc.constantFrom('a1', 'a2'),
    transition: fc.constantFrom(...TRANSITIONS),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(
    ({ participantId, activityId, transition: { from, to }, minute }) =>
      () =>
        enrolment(participantId, activityId, to, from, new Date(minuteOf(minute))),
  );

// Their target group, copied onto the enrolments that follow (not for a pseudonymised participant).
const groupStep = fc
  .record({
    participantId: fc.constantFrom(...PEOPLE),
    gender: fc.constantFrom('MALE', 'FEMALE'),
    legalStatus: fc.constantFrom('SUSPECT', 'CONVICTED'),
    type: fc.constantFrom('ParticipantRegistered', 'ParticipantUpdated'),
  })
  .map(
    ({ participantId, gender, legalStatus, type }) =>
      () =>
        participant(participantId, gender, legalStatus, type),
  );

const isActivities = (event: DomainEvent) => event.type.startsWith('Session');

describe(`a run of events projected at once (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const reporting = reportingDatabase();

  const clear = () =>
    reporting.prisma.$transaction([
      reporting.prisma.reportSession.deleteMany(),
      reporting.prisma.reportAttendance.deleteMany(),
      reporting.prisma.reportEnrolment.deleteMany(),
      reporting.prisma.reportEnrolmentRequest.deleteMany(),
      reporting.prisma.reportParticipant.deleteMany(),
      reporting.prisma.reportParticipantExit.deleteMany(),
      reporting.prisma.processedEvent.deleteMany(),
      reporting.prisma.reportParticipantExit.create({
        data: { participantId: PSEUDONYMISED, leftAt: new Date('2020-01-01'), pseudonymisedAt: new Date('2026-01-01') },
      }),
    ]);
  const apply = (page: DomainEvent[]) =>
    reporting.prisma.$transaction((tx) => applyEvents(tx, isActivities(page[0]) ? 'activities' : 'participants', page));
  const pages = async (pages: DomainEvent[][]) => {
    await clear();
    for (const page of pages) await apply(page);
    const pair = [{ participantId: 'asc' as const }, { activityId: 'asc' as const }];
    return {
      sessions: (await reporting.prisma.reportSession.findMany({ orderBy: { id: 'asc' } })).map(({ updatedAt: _, ...row }) => row),
      marks: await reporting.prisma.reportAttendance.findMany({ orderBy: [{ sessionId: 'asc' }, { participantId: 'asc' }] }),
      enrolments: await reporting.prisma.reportEnrolment.findMany({ orderBy: pair }),
      requests: await reporting.prisma.reportEnrolmentRequest.findMany({ orderBy: pair }),
      groups: await reporting.prisma.reportParticipant.findMany({ orderBy: { participantId: 'asc' } }),
    };
  };
  /** One event per page, and each producer's events as one page (the two feeds are independent): the same rows. */
  const together = async (events: DomainEvent[]) => {
    const oneByOne = await pages(events.map((event) => [event]));
    const paged = await pages([events.filter(isActivities), events.filter((e) => !isActivities(e))].filter((p) => p.length));
    expect(paged).toEqual(oneByOne);
  };

  it('leaves what one event per page leaves: sessions and marks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(sessionStep, markStep), { minLength: 1, maxLength: 24 }), (steps) =>
        together(steps.map((make) => make())),
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves what one event per page leaves: enrolment changes, with target groups between them', async () => {
    const step = fc.oneof({ arbitrary: enrolmentStep, weight: 6 }, { arbitrary: groupStep, weight: 1 });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => together(steps.map((make) => make()))),
      { numRuns: RUNS },
    );
  });

  /** The statements a page costs. */
  const cost = async (page: DomainEvent[]) => {
    reporting.db.statements.reset();
    await apply(page);
    return reporting.db.statements.count;
  };

  it('projects a run of enrolment changes in as many statements for two events as for hundreds', async () => {
    const people = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    // Placed into screening and approved onto a free place: a request, then the enrolment that ends it.
    const approved = (ids: string[]) =>
      ids.flatMap((id) => [enrolment(id, 'a1', 'IN_SCREENING'), enrolment(id, 'a1', 'ENROLLED', 'IN_SCREENING')]);
    // Withdrawn on a later page: requests that were there before the run end.
    const withdrawn = async (ids: string[]) => {
      await apply(ids.map((id) => enrolment(id, 'a2', 'REQUESTED')));
      return cost(ids.map((id) => enrolment(id, 'a2', 'WITHDRAWN', 'REQUESTED')));
    };
    await clear();
    const [few, many] = [await cost(approved(people(1, 'few'))), await cost(approved(people(200, 'many')))];
    expect(many).toBe(few);
    expect(await reporting.prisma.reportEnrolment.count()).toBe(201);
    expect(await withdrawn(people(2, 'few'))).toBe(await withdrawn(people(200, 'many')));
    expect(await reporting.prisma.reportEnrolmentRequest.count()).toBe(0);
  });

  it('looks once per page for the participants retention gave a pseudonym, however many of their events and runs', async () => {
    // Each kind written under a participant's id, alone (target group, follow-up) or in runs (marks,
    // enrolment changes), the runs broken by one another: one page of them, round after round.
    const rounds = (count: number) =>
      Array.from({ length: count }, (_, i) => [
        participant(PSEUDONYMISED, 'MALE', 'CONVICTED', 'ParticipantUpdated'),
        mark('s1', PSEUDONYMISED, 'a1', 'PRESENT'),
        enrolment(PSEUDONYMISED, 'a1', 'REQUESTED'),
        followUpOpened(`f-${i}`, PSEUDONYMISED, 'a1'),
      ]).flat();
    await clear();
    expect(await cost(rounds(50))).toBe(await cost(rounds(1)));
    const theirs = { where: { participantId: PSEUDONYMISED } };
    const written = await Promise.all([
      reporting.prisma.reportParticipant.count(theirs),
      reporting.prisma.reportAttendance.count(theirs),
      reporting.prisma.reportEnrolmentRequest.count(theirs),
      reporting.prisma.reportFollowUp.count(theirs),
    ]);
    expect(written).toEqual([0, 0, 0, 0]);
  });
});
