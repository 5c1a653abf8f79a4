import type { DomainEvent } from '@cort/events';
import type { Context } from '../src/context';
import type { Producer } from '../src/domain/report-events';
import { applyEvents } from '../src/feeds/projections';
import { annualReport, regionReport } from '../src/modules/annual-report/annual-report.service';
import { activity, cancellation, enrolment, event, followUpClosed, followUpOpened, mark, session } from './events';
import { organisationsFeed } from './partner-events';
import { reportingDatabase } from './database';

// The annual report from projected events (PGlite, or PostgreSQL with TEST_DATABASE_URL): the figures of a
// prison with 200 activities, and the same number of SQL statements for it as for a prison with 10 and
// for a region of 16 prisons; the partners and action plans of the organisations feed in the same report.

const registered = (participantId: string, gender = 'MALE', legalStatus = 'CONVICTED') =>
  event('ParticipantRegistered', { participantId, prisonId: 'HAREN', gender, legalStatus, status: 'IN_CUSTODY' });

/** n activities in a prison, each with one session in 2026 and one in 2025, and one participant present at the first. */
function prisonOf(prisonId: string, n: number) {
  const activities: DomainEvent[] = [];
  const participants: DomainEvent[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${prisonId}-a${i}`;
    const person = `${prisonId}-p${i}`;
    activities.push(activity(id, 'SOCIOCULTURAL', prisonId), session(`${id}-s`, id, '2026-03-02T09:00:00Z'));
    activities.push(session(`${id}-old`, id, '2025-03-02T09:00:00Z'));
    participants.push(registered(person, i % 2 ? 'FEMALE' : 'MALE'), enrolment(person, id), mark(`${id}-s`, person, id, 'PRESENT'));
  }
  return { activities, participants };
}

describe('the annual report (projections and statements)', () => {
  const reporting = reportingDatabase();
  // In pages of 50, as the feeds serve them: one transaction of 600 events outlasts the timeout on a busy machine.
  const apply = async (producer: Producer, events: DomainEvent[]) => {
    for (let start = 0; start < events.length; start += 50)
      await reporting.prisma.$transaction((tx) => applyEvents(tx, producer, events.slice(start, start + 50)));
  };
  const reportOf = (prisonId: string, year = 2026) => annualReport({ prisma: reporting.prisma } as Context, prisonId, year);

  beforeAll(async () => {
    for (const [prisonId, n] of [
      ['GENT', 10],
      ['HAREN', 200],
    ] as const) {
      const { activities, participants } = prisonOf(prisonId, n);
      await apply('activities', activities);
      await apply('participants', participants);
    }
    // In HAREN: a lockdown cancelled 6 sessions of 6 activities; 7 requests waited 3 days; follow-ups gave reasons.
    await apply('activities', [
      ...Array.from({ length: 6 }, (_, i) => cancellation(`c${i}`, `HAREN-a${i}`, '2026-04-01T09:00:00Z', 'LOCKDOWN')),
    ]);
    const requested = new Date('2026-01-10T10:00:00Z');
    const enrolled = new Date('2026-01-13T10:00:00Z');
    const waits: DomainEvent[] = [];
    for (let i = 0; i < 7; i++) {
      const person = `w${i}`;
      waits.push(registered(person, 'FEMALE', 'SUSPECT'));
      waits.push(
        event(
          'EnrolmentChanged',
          {
            enrolmentId: `${person}-e`,
            participantId: person,
            activityId: 'HAREN-a1',
            from: null,
            to: 'REQUESTED',
            waitlistPosition: null,
          },
          requested,
        ),
      );
      waits.push(
        event(
          'EnrolmentChanged',
          {
            enrolmentId: `${person}-e`,
            participantId: person,
            activityId: 'HAREN-a1',
            from: 'WAITLISTED',
            to: 'ENROLLED',
            waitlistPosition: null,
          },
          enrolled,
        ),
      );
    }
    for (let i = 0; i < 6; i++) {
      waits.push(followUpOpened(`f${i}`, `HAREN-p${i}`, `HAREN-a${i}`, null));
      waits.push(
        followUpClosed(`f${i}`, `HAREN-p${i}`, `HAREN-a${i}`, {
          status: 'DONE',
          reasons: i < 5 ? ['HEALTH'] : ['LEVEL'],
          outcome: null,
          heldOn: null,
          cause: null,
        }),
      );
    }
    await apply('participants', waits);
    // The organisations feed without its facilitated sessions (one is in HAREN): the hours recorded by hand.
    await apply('organisations', organisationsFeed);
  });

  it('counts the offer by category and domain, the target groups, attendance, cancellations, waits and dropouts', async () => {
    const report = await reportOf('HAREN');
    const culture = report.offer.find((row) => row.category === 'SOCIOCULTURAL' && row.domain === 'CULTURE')!;
    expect(culture.activities).toEqual({ value: 200, suppressed: false, previousYear: 200 });
    expect(culture.sessionsHeld).toEqual({ value: 200, suppressed: false, previousYear: 200 });
    expect(culture.sessionsCancelled).toEqual({ value: 6, suppressed: false, previousYear: 0 });
    expect(culture.hours).toEqual({ value: 400, suppressed: false, previousYear: 400 });
    // Everyone ever enrolled in an activity that ran in the year, as offerOverview counts them: the year before too.
    expect(culture.participants).toEqual({ value: 207, suppressed: false, previousYear: 207 });
    expect(report.participantsByTargetGroup).toContainEqual({
      gender: 'FEMALE',
      legalStatus: 'SUSPECT',
      participants: { value: 7, suppressed: false, previousYear: 7 },
    });
    expect(report.participantsByTargetGroup).toContainEqual({
      gender: 'MALE',
      legalStatus: 'CONVICTED',
      participants: { value: 100, suppressed: false, previousYear: 100 },
    });
    const attendance = report.attendance.find((row) => row.category === 'SOCIOCULTURAL')!;
    expect(attendance.rate).toBe(1);
    expect(attendance.marks[0]).toEqual({ code: 'PRESENT', count: { value: 200, suppressed: false, previousYear: 0 } });
    // By month (Belgian time): the sessions of 2 March; the months add up to the categories' marks.
    expect(report.attendanceByMonth.map((row) => row.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(report.attendanceByMonth[2]).toEqual({
      month: 3,
      present: { value: 200, suppressed: false, previousYear: 0 },
      absent: { value: 0, suppressed: false, previousYear: 0 },
      rate: 1,
      ratePreviousYear: null,
    });
    const presentByMonth = report.attendanceByMonth.reduce((sum, row) => sum + (row.present.value ?? 0), 0);
    const presentByCategory = report.attendance.reduce((sum, row) => sum + (row.marks[0].count.value ?? 0), 0);
    expect(presentByMonth).toBe(presentByCategory);
    expect(report.cancellationReasons[0]).toEqual({ reason: 'LOCKDOWN', sessions: { value: 6, suppressed: false, previousYear: 0 } });
    expect(report.waitingDays.find((row) => row.category === 'SOCIOCULTURAL')?.median).toBe(0);
    // HEALTH 5 shown; LEVEL 1 withheld (no total links the reasons: a follow-up can give several).
    expect(report.dropouts).toEqual([
      { reason: 'HEALTH', count: { value: 5, suppressed: false, previousYear: 0 } },
      { reason: 'LEVEL', count: { value: null, suppressed: true, previousYear: 0 } },
    ]);
  });

  it("reports the partners (small counts withheld, the hours not) and the action plan, each with the year before's", async () => {
    const { partners, actionPlan } = await reportOf('GENT');
    // Two organisations, one staff member and two volunteers are withheld, as in 2025 (null there).
    expect(partners).toEqual({
      organisations: { value: null, suppressed: true, previousYear: null },
      staff: { value: null, suppressed: true, previousYear: null },
      volunteers: { value: null, suppressed: true, previousYear: null },
      volunteerHours: 2.5,
      volunteerHoursPreviousYear: 1.25,
    });
    // Counted in each year its plan covers, the action of GENT's plan for 2024–2026 is in both years.
    expect(actionPlan).toEqual({ actions: 3, done: 1, actionsPreviousYear: 2, donePreviousYear: 1 });
  });

  it('costs the same statements for a prison of 10 activities as for one of 200, and as for a region of 16 prisons', async () => {
    const statementsOf = async (report: () => Promise<unknown>) => {
      reporting.db.statements.reset();
      await report();
      return reporting.db.statements.count;
    };
    const small = await statementsOf(() => reportOf('GENT'));
    expect(await statementsOf(() => reportOf('HAREN'))).toBe(small);
    expect(await statementsOf(() => regionReport({ prisma: reporting.prisma } as Context, 'FLANDERS', 2026))).toBe(small);
    // Eight for the tables, eight for the partners, one for the action plans.
    expect(small).toBeLessThanOrEqual(17);
  });
});
