import type { DomainEvent } from '@cort/events';
import type { OpenedDatabase } from '@cort/testing';
import type { Producer } from '../src/domain/report-events';
import { yearBounds } from '../src/domain/report-year';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient } from '../src/generated/prisma/client';
import { openReportingDatabase } from './database';
import { offerCounts } from '../src/modules/offer-overview/offer-overview.repository';
import { activitiesFeed, NOW, participantsFeed, projectedRowsOf } from './attendance-feed';

// Replay-safety: every event of both feeds applied twice (each page pulled again, then both feeds read
// again from the start, the participants feed first) into a fresh database gives the same figures and
// rows as applying each once, in feed order.
async function openDatabase() {
  const opened = await openReportingDatabase();
  const apply = (producer: Producer, events: DomainEvent[]) => opened.prisma.$transaction((tx) => applyEvents(tx, producer, events));
  return { ...opened, apply };
}

const pages = (events: DomainEvent[], size: number) =>
  Array.from({ length: Math.ceil(events.length / size) }, (_, i) => events.slice(i * size, (i + 1) * size));

/** Every figure reporting gives from these feeds, and every projected row (without its update time). */
async function figuresOf(prisma: PrismaClient) {
  return {
    ...(await projectedRowsOf(prisma)),
    offer: await Promise.all([2025, 2026].map((year) => offerCounts(prisma, 'HAREN', yearBounds(year), NOW))),
  };
}

describe(`replaying every event (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let once: Awaited<ReturnType<typeof openDatabase>>;
  let twice: Awaited<ReturnType<typeof openDatabase>>;
  const all: OpenedDatabase<PrismaClient>[] = [];

  beforeAll(async () => {
    [once, twice] = [await openDatabase(), await openDatabase()];
    all.push(once, twice);
  });
  afterAll(() => Promise.all(all.map((opened) => opened.close())));

  it('gives the same figures as applying each event once', async () => {
    await once.apply('activities', activitiesFeed);
    await once.apply('participants', participantsFeed);
    const expected = await figuresOf(once.prisma);
    expect(expected.attendance.total.sessionsHeld).toBe(3);
    expect(expected.marks.length).toBeGreaterThan(0);

    for (const [producer, feed] of [
      ['activities', activitiesFeed],
      ['participants', participantsFeed],
    ] as const) {
      for (const page of pages(feed, 5)) {
        expect(await twice.apply(producer, page)).toBe(page.length);
        expect(await twice.apply(producer, page)).toBe(0);
      }
    }
    expect(await twice.apply('participants', participantsFeed)).toBe(0);
    expect(await twice.apply('activities', activitiesFeed)).toBe(0);

    expect(await figuresOf(twice.prisma)).toEqual(expected);
    expect(await twice.prisma.processedEvent.count()).toBe(activitiesFeed.length + participantsFeed.length);
  });

  it('gives the same figures when the participants feed is read before the activities feed', async () => {
    const third = await openDatabase();
    all.push(third);
    await third.apply('participants', participantsFeed);
    await third.apply('activities', activitiesFeed);
    await third.apply('participants', participantsFeed);
    expect(await figuresOf(third.prisma)).toEqual(await figuresOf(once.prisma));
  });
});
