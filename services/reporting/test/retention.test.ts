import type { DomainEvent } from '@cort/events';
import type { Producer } from '../src/domain/report-events';
import { yearBounds } from '../src/domain/report-year';
import { applyEvents } from '../src/feeds/projections';
import { offerCounts } from '../src/modules/offer-overview/offer-overview.repository';
import { countDue, pseudonymiseDue } from '../src/retention/pseudonymise';
import { activity, enrolment, exit, session } from './events';
import { reportingDatabase } from './database';

// Reporting's retention step on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
const CUTOFF = new Date('2025-06-01T00:00:00Z');
const LONG_AGO = new Date('2024-03-01T10:00:00Z');
const RECENTLY = new Date('2025-10-01T10:00:00Z');
const NOW = new Date('2027-01-15T12:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const offer = [
  activity('e1', 'EDUCATIONAL'),
  activity('e2', 'EDUCATIONAL'),
  activity('p1', 'PSYCHOSOCIAL'),
  activity('g1', 'EDUCATIONAL', 'GENT'),
  session('e1-a', 'e1', '2024-02-05T09:00:00Z'),
  session('e1-b', 'e1', '2025-09-05T09:00:00Z'),
  session('e2-a', 'e2', '2024-02-06T09:00:00Z'),
  session('p1-a', 'p1', '2024-02-07T09:00:00Z'),
  session('g1-a', 'g1', '2025-09-08T09:00:00Z'),
];
const people = [
  // Left long ago: old-1 in three activities, old-2 in one, old-3 in none.
  ...['e1', 'e2', 'p1'].map((a) => enrolment('old-1', a)),
  enrolment('old-1', 'e2', 'WITHDRAWN', 'ENROLLED'),
  exit('old-1', LONG_AGO),
  enrolment('old-2', 'e1'),
  exit('old-2', LONG_AGO, 'TRANSFERRED'),
  exit('old-3', LONG_AGO),
  // Left after the cut-off, and still here: not due.
  enrolment('recent', 'e1'),
  exit('recent', RECENTLY),
  ...['e1', 'e2', 'p1'].flatMap((a) => ['here-1', 'here-2', 'here-3', 'here-4'].map((p) => enrolment(p, a))),
  enrolment('gent-1', 'g1'),
];

describe(`reporting retention (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const apply = (producer: Producer, events: DomainEvent[]) => reporting.prisma.$transaction((tx) => applyEvents(tx, producer, events));
  const figures = () =>
    Promise.all(
      ['HAREN', 'GENT'].flatMap((prison) => [2024, 2025].map((year) => offerCounts(reporting.prisma, prison, yearBounds(year), NOW))),
    );
  const rows = () => reporting.prisma.reportEnrolment.findMany({ orderBy: [{ activityId: 'asc' }, { participantId: 'asc' }] });
  const activitiesOf = async (participantId: string) =>
    (await reporting.prisma.reportEnrolment.findMany({ where: { participantId } })).map((e) => e.activityId).sort();

  const reporting = reportingDatabase();
  beforeAll(async () => {
    await apply('activities', offer);
    await apply('participants', people);
  });

  it('knows from the participants feed when each participant left', async () => {
    expect(await reporting.prisma.reportParticipantExit.findMany({ orderBy: { participantId: 'asc' } })).toEqual([
      { participantId: 'old-1', leftAt: LONG_AGO, pseudonymisedAt: null },
      { participantId: 'old-2', leftAt: LONG_AGO, pseudonymisedAt: null },
      { participantId: 'old-3', leftAt: LONG_AGO, pseudonymisedAt: null },
      { participantId: 'recent', leftAt: RECENTLY, pseudonymisedAt: null },
    ]);
  });

  it('counts in a dry run what a run would change, and changes nothing', async () => {
    const before = await rows();
    expect(await countDue(reporting.prisma, CUTOFF)).toEqual({ participants: 3, enrolments: 4, attendanceMarks: 0, followUps: 0 });
    expect(await rows()).toEqual(before);
  });

  it('gives each participant who left before the cut-off one fresh pseudonym, and every figure stays', async () => {
    const before = await rows();
    const figuresBefore = await figures();
    expect(figuresBefore[0].EDUCATIONAL).toEqual({ activities: 2, sessionsHeld: 2, participants: 7 });

    expect(await pseudonymiseDue(reporting.prisma, CUTOFF, 2)).toEqual({
      participants: 3,
      enrolments: 4,
      attendanceMarks: 0,
      followUps: 0,
    });

    expect(await figures()).toEqual(figuresBefore);
    const after = await rows();
    expect(after).toHaveLength(before.length);
    expect(after.filter((e) => e.participantId.startsWith('old-'))).toEqual([]);
    const kept = (list: typeof before) => list.filter((e) => !e.participantId.startsWith('old-') && !UUID.test(e.participantId));
    expect(kept(after)).toEqual(kept(before));
    const pseudonyms = [...new Set(after.map((e) => e.participantId).filter((id) => UUID.test(id)))];
    expect(pseudonyms).toHaveLength(2);
    // One pseudonym on all of old-1's rows, another on old-2's; the activities and dates are kept.
    expect((await Promise.all(pseudonyms.map(activitiesOf))).sort()).toEqual([['e1'], ['e1', 'e2', 'p1']]);
    expect(await reporting.prisma.reportParticipantExit.count({ where: { pseudonymisedAt: { not: null } } })).toBe(3);
  });

  it('changes nothing on a second run, nor when old events are pulled again', async () => {
    const before = await rows();
    expect(await countDue(reporting.prisma, CUTOFF)).toEqual({ participants: 0, enrolments: 0, attendanceMarks: 0, followUps: 0 });
    expect(await pseudonymiseDue(reporting.prisma, CUTOFF)).toEqual({ participants: 0, enrolments: 0, attendanceMarks: 0, followUps: 0 });
    expect(await apply('participants', people)).toBe(0);
    expect(await rows()).toEqual(before);
  });

  it('pseudonymises a participant once when two runs go at once', async () => {
    const later = new Date('2026-01-01T00:00:00Z');
    const figuresBefore = await figures();
    const runs = await Promise.all([pseudonymiseDue(reporting.prisma, later, 1), pseudonymiseDue(reporting.prisma, later, 1)]);
    expect(runs.map((r) => r.participants).sort()).toEqual([0, 1]);
    expect(runs[0].enrolments + runs[1].enrolments).toBe(1);
    expect(await activitiesOf('recent')).toEqual([]);
    expect(await figures()).toEqual(figuresBefore);
  });

  it('writes no enrolment under the real id of a participant pseudonymised long ago when the feed is read again from its start', async () => {
    const [before, figuresBefore] = [await rows(), await figures()];
    const underTheirIds = { participantId: { in: ['old-1', 'old-2'] } };
    // As a migration that adds a column asks: every event of the feed is new again, their enrolments too;
    // and requests of theirs in the same run.
    await reporting.prisma.processedEvent.deleteMany({ where: { producer: 'participants' } });
    const replayed = [...people, enrolment('old-2', 'p1', 'REQUESTED'), enrolment('old-1', 'p1', 'REQUESTED')];
    expect(await apply('participants', replayed)).toBe(replayed.length);
    expect(await reporting.prisma.reportEnrolment.count({ where: underTheirIds })).toBe(0);
    expect(await reporting.prisma.reportEnrolmentRequest.count({ where: underTheirIds })).toBe(0);
    expect(await rows()).toEqual(before);
    expect(await figures()).toEqual(figuresBefore);
  });
});
