import type { DomainEvent } from '@cort/events';
import type { OpenedDatabase } from '@cort/testing';
import type { Producer } from '../src/domain/report-events';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient } from '../src/generated/prisma/client';
import { openReportingDatabase } from './database';
import { actionPlanFigures, partnerFigures } from '../src/modules/partner-figures/partner-figures.repository';
import { event } from './events';
import { activitiesFeed, gent2025, gent2026, organisationsFeed } from './partner-events';

// The annual report's partner figures and action plans' progress, from the organisations feed (and the
// held sessions of the activities feed), applied as reporting's follower applies them; then the same
// events applied twice (each page pulled again, then the whole feed again) give the same rows.
async function openDatabase() {
  const opened = await openReportingDatabase();
  const apply = (producer: Producer, events: DomainEvent[]) => opened.prisma.$transaction((tx) => applyEvents(tx, producer, events));
  return { ...opened, apply };
}

const rowsOf = async (prisma: PrismaClient) => ({
  organisations: await prisma.reportOrganisation.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
  agreements: await prisma.reportAgreement.findMany({ orderBy: { id: 'asc' } }),
  people: await prisma.reportPerson.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
  statuses: await prisma.reportPersonStatus.findMany({ orderBy: [{ personId: 'asc' }, { since: 'asc' }] }),
  hours: await prisma.reportVolunteerHours.findMany({ orderBy: { id: 'asc' } }),
  actions: await prisma.reportAction.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
  activities: await prisma.reportActivity.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
  facilitations: await prisma.reportFacilitation.findMany({ orderBy: { activityId: 'asc' }, omit: { updatedAt: true } }),
  sessions: await prisma.reportSession.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
});

describe(`partner figures from the organisations feed (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const all: OpenedDatabase<PrismaClient>[] = [];
  let once: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    once = await openDatabase();
    all.push(once);
    await once.apply('organisations', organisationsFeed);
    await once.apply('activities', activitiesFeed);
  });
  afterAll(() => Promise.all(all.map((opened) => opened.close())));

  it('counts organisations with an agreement in the prison in the year, people active in it and their hours', async () => {
    expect(await partnerFigures(once.prisma, ['GENT'], 2026)).toEqual([gent2026, gent2025]);
    expect((await partnerFigures(once.prisma, ['HAREN'], 2026))[0]).toEqual({
      organisations: 1,
      staff: 1,
      volunteers: 0,
      volunteerHours: 0,
    });
    expect((await partnerFigures(once.prisma, ['ANTWERPEN'], 2026))[0]).toEqual({
      organisations: 0,
      staff: 0,
      volunteers: 0,
      volunteerHours: 0,
    });
    // Several prisons together: an organisation serving two of them counts once.
    const [together] = await partnerFigures(once.prisma, ['GENT', 'HAREN', 'ANTWERPEN'], 2026);
    const [haren] = await partnerFigures(once.prisma, ['HAREN'], 2026);
    expect(together.organisations).toBeLessThanOrEqual(gent2026.organisations + haren.organisations);
    expect(together.volunteerHours).toBe(gent2026.volunteerHours + haren.volunteerHours);
  });

  it("counts the prisons' actions of the plans covering the year and those done, and the year before's", async () => {
    // ac5's plan spans 2024–2026: it counts in each of those years, and not in 2027.
    expect(await actionPlanFigures(once.prisma, ['GENT'], 2026)).toEqual([
      { actions: 3, done: 1 },
      { actions: 2, done: 1 },
    ]);
    expect(await actionPlanFigures(once.prisma, ['GENT'], 2025)).toEqual([
      { actions: 2, done: 1 },
      { actions: 1, done: 0 },
    ]);
    expect(await actionPlanFigures(once.prisma, ['GENT'], 2027)).toEqual([
      { actions: 0, done: 0 },
      { actions: 3, done: 1 },
    ]);
    expect((await once.prisma.reportAction.findUniqueOrThrow({ where: { id: 'ac5' } })).untilYear).toBe(2026);
    expect((await once.prisma.reportAction.findUniqueOrThrow({ where: { id: 'ac1' } })).untilYear).toBeNull();
  });

  it('sets aside an organisations event it cannot read, and applies the rest of the page', async () => {
    const db = await openDatabase();
    all.push(db);
    const unreadable = event('VolunteerHoursRecorded', {
      entryId: 'h9',
      personId: 'p1',
      organisationId: 'o1',
      prisonId: 'GENT',
      date: 'soon',
      hours: 2,
      kind: 'OTHER',
    });
    const unknownVersion = event('ActionAdded', { actionId: 'x9' }, new Date(), 7);
    expect(await db.apply('organisations', [unreadable, unknownVersion, ...organisationsFeed.slice(0, 1)])).toBe(3);
    expect((await db.prisma.deadLetterEvent.findMany({ orderBy: { type: 'asc' } })).map((l) => [l.producer, l.type, l.version])).toEqual([
      ['organisations', 'ActionAdded', 7],
      ['organisations', 'VolunteerHoursRecorded', 1],
    ]);
    expect(await db.prisma.reportVolunteerHours.count()).toBe(0);
    expect(await db.prisma.reportOrganisation.count()).toBe(1);
  });

  it('gives the same rows when every event is applied twice', async () => {
    const twice = await openDatabase();
    all.push(twice);
    for (const [producer, feed] of [
      ['organisations', organisationsFeed],
      ['activities', activitiesFeed],
    ] as const) {
      for (let i = 0; i < feed.length; i += 3) {
        const page = feed.slice(i, i + 3);
        expect(await twice.apply(producer, page)).toBe(page.length);
        expect(await twice.apply(producer, page)).toBe(0);
      }
      expect(await twice.apply(producer, feed)).toBe(0);
    }
    expect(await rowsOf(twice.prisma)).toEqual(await rowsOf(once.prisma));
    // A feed read again from its start (as a migration that adds a column asks): every handler is an upsert.
    await twice.prisma.processedEvent.deleteMany();
    await twice.apply('organisations', organisationsFeed);
    await twice.apply('activities', activitiesFeed);
    expect(await rowsOf(twice.prisma)).toEqual(await rowsOf(once.prisma));
    expect((await partnerFigures(twice.prisma, ['GENT'], 2026))[0]).toEqual(gent2026);
  });
});
