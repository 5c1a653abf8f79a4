import { lag, unreadAgeMs } from '../../../infra/simulate/caught-up';
import { simulateYear } from '../../../infra/simulate/simulate';
import { startGraph, type Graph } from './graph';

const YEAR = 2026;
// A month of roll calls is enough to check the figures and keeps the test short (the sessions of the year
// up to today are held all the same).
const UNTIL = new Date(Date.UTC(YEAR, 1, 1));

/** A count as the report publishes it: 1 to 4 suppressed (null), anything else as it is. */
const published = (count: number) => (count >= 1 && count <= 4 ? { value: null, suppressed: true } : { value: count, suppressed: false });

/** Progress bars that show nothing: the test reads the totals instead. */
const silent = {
  phase: (_name: string, total: number) => ({ increment() {}, update() {}, stop() {}, getTotal: () => total }),
};

// `npm run simulate` on a tiny scale, on the whole graph: two prisons of twenty detainees, January's roll
// calls. The annual report of a simulated prison, from reporting's projections of the feeds, counts
// exactly the sessions held and cancelled and the marks the simulation wrote through each service.
describe('npm run simulate', () => {
  let graph: Graph;
  let totals: Awaited<ReturnType<typeof simulateYear>>;
  let services: Parameters<typeof simulateYear>[0];
  let startedAt: number;

  beforeAll(async () => {
    startedAt = Date.now();
    graph = await startGraph({ followIntervalMs: 100 });
    services = {
      activities: graph.activities,
      organisations: graph.organisations,
      participants: graph.participants,
      reporting: graph.reporting,
    };
    totals = await simulateYear(services, { prisons: 2, detainees: 20, year: YEAR, seed: 7, until: UNTIL }, silent);
  }, 120_000);
  afterAll(() => graph?.stop());

  it('writes the offer, the detainees, their requests and their marks in each service', async () => {
    expect(totals).toMatchObject({ prisons: 2, activities: 2, detainees: 40 });
    expect(totals.requests).toBeGreaterThanOrEqual(24);
    expect(await graph.participants.prisma.attendanceMark.count()).toBe(totals.marks);
    expect(await graph.activities.prisma.session.count()).toBe(totals.sessions);
  });

  it("samples reporting's lag during the roll calls, with the rate the events were written at", () => {
    // The first sample is taken as the roll calls start: a run of any length has one.
    expect(totals.lag.samples).toBeGreaterThanOrEqual(1);
    expect(totals.lag.maxMs).toBeGreaterThanOrEqual(totals.lag.p50Ms);
    expect(totals.lag.p50Ms).toBeGreaterThanOrEqual(0);
    expect(totals.lag.eventsPerSecond).toBeGreaterThan(0);
  });

  it('ends with every feed read: no event behind, none unread', async () => {
    expect(await lag(services)).toBe(0);
    expect(await unreadAgeMs(services)).toBe(0);
  });

  it("measures an unread event's age from when it was written, whatever the database session's time zone", async () => {
    // As if reporting had read nothing yet: the oldest unread event is the simulation's first, written after
    // this file started; and each producer's database asked on a session 14 hours ahead of UTC, where a
    // time zone taken wrongly would put the event hours away.
    type Raw = {
      $transaction<T>(work: (tx: Raw) => Promise<T>): Promise<T>;
      $executeRawUnsafe(sql: string): Promise<unknown>;
      $queryRawUnsafe(sql: string, ...values: unknown[]): Promise<unknown>;
    };
    const inFarZone = (prisma: unknown) => ({
      $queryRawUnsafe: (sql: string, ...values: unknown[]) =>
        (prisma as Raw).$transaction(async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL TIME ZONE 'Pacific/Kiritimati'");
          return tx.$queryRawUnsafe(sql, ...values);
        }),
    });
    const unread = {
      activities: { prisma: inFarZone(services.activities.prisma) },
      organisations: { prisma: inFarZone(services.organisations.prisma) },
      participants: { prisma: inFarZone(services.participants.prisma) },
      reporting: { prisma: { feedCursor: { findMany: async () => [] } } },
    };
    const age = await unreadAgeMs(unread);
    expect(age).toBeGreaterThan(0);
    expect(age).toBeLessThanOrEqual(Date.now() - startedAt + 1000);
  });

  it("has reporting count a simulated prison's held and cancelled sessions and its marks by code exactly", async () => {
    const { id: prisonId } = await graph.activities.prisma.prison.findFirstOrThrow({
      where: { activities: { some: {} } },
      orderBy: { id: 'asc' },
    });
    const inYear = { activity: { prisonId }, startsAt: { gte: new Date(Date.UTC(YEAR, 0, 1)), lt: new Date(Date.UTC(YEAR + 1, 0, 1)) } };
    const held = await graph.activities.prisma.session.count({ where: { ...inYear, status: 'HELD' } });
    const cancelled = await graph.activities.prisma.session.count({ where: { ...inYear, status: 'CANCELLED' } });
    const activities = await graph.participants.prisma.activityView.findMany({ where: { prisonId }, select: { id: true } });
    const byCode = await graph.participants.prisma.attendanceMark.groupBy({
      by: ['code'],
      where: { activityId: { in: activities.map((a) => a.id) } },
      _count: true,
    });
    expect(held).toBeGreaterThan(4);

    const analyst = await graph.token({ roles: ['ANALYST'], prisons: [prisonId] });
    const answer = await graph.run('web/AnnualReport.graphql', { prisonId, year: YEAR }, analyst);
    expect(answer.errors).toBeUndefined();
    const report = answer.data.annualReport;
    // One activity per prison: its category and domain's cells hold the prison's figures.
    const { category, domain } = await graph.activities.prisma.activity.findFirstOrThrow({ where: { prisonId } });
    const offer = report.offer.find((row: any) => row.category === category && row.domain === domain);
    const attendance = report.attendance.find((row: any) => row.category === category);
    expect(offer.sessionsHeld).toEqual(expect.objectContaining(published(held)));
    expect(offer.sessionsCancelled).toEqual(expect.objectContaining(published(cancelled)));
    const reported = new Map(attendance.marks.map((mark: any) => [mark.code, mark.count]));
    expect(byCode.reduce((total, { _count }) => total + _count, 0)).toBeGreaterThan(100);
    // Each code's count as the simulation wrote it, or withheld: counts 1–4 always (primary suppression);
    // a larger one only where it would give a withheld cell away (secondary suppression), never shown wrong.
    for (const { code, _count } of byCode) {
      const cell = reported.get(code) as { value: number | null; suppressed: boolean };
      if (_count <= 4 || cell.suppressed) expect([code, cell]).toEqual([code, { value: null, suppressed: true }]);
      else expect([code, cell]).toEqual([code, published(_count)]);
    }
    // PRESENT, the bulk of the marks, is never withheld.
    const present = byCode.find(({ code }) => code === 'PRESENT')!;
    expect(reported.get('PRESENT')).toEqual(published(present._count));
  });
});
