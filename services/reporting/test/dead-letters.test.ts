import type { FeedPage } from '@cort/events';
import { createReportFollower } from '../src/feeds/report.feed';
import { activity, enrolment, event, session } from './events';
import { reportingDatabase } from './database';

// An event reporting cannot read stops nothing and is not silently cast: it goes to DeadLetterEvent with
// the reason, is logged without payload values, and the rest of the page is applied and the cursor
// stored, on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).

describe('reporting: events it cannot read become dead letters', () => {
  const reporting = reportingDatabase();

  /** A follower of one producer over fixed pages, with a logger that keeps what it was told. */
  function follow(producer: 'activities' | 'participants', pages: FeedPage[]) {
    const logged: { message: string; fields?: Record<string, unknown> }[] = [];
    const pulls: (string | null)[] = [];
    const pull = async (after: string | null) => {
      pulls.push(after);
      return pages[pulls.length - 1] ?? { events: [], cursor: after ?? '', hasMore: false };
    };
    const follower = createReportFollower(reporting.prisma, producer, pull, {
      error: (message, fields) => void logged.push({ message, fields }),
    });
    return { follower, logged, pulls };
  }

  it('sets aside an invalid payload and an unknown version, applies the next event of the page and moves the cursor on', async () => {
    const invalid = activity('a-bad', 'EDUCATIONAL');
    invalid.payload = { ...invalid.payload, prisonId: 'SECRET-PRISON-VALUE', category: 'KNITTING', capacity: 'many' };
    const future = { ...session('s-future', 'a-good', '2026-03-02T09:00:00Z'), version: 2 };
    const good = activity('a-good', 'PSYCHOSOCIAL');
    const unfollowed = event('NextEditionPlanned', { activityId: 'a-next', previousActivityId: 'a-good', prisonId: 'HAREN' });
    const { follower, logged } = follow('activities', [
      { events: [invalid, future, good], cursor: 'page-1', hasMore: true },
      { events: [unfollowed, session('s-good', 'a-good', '2026-03-02T09:00:00Z')], cursor: 'page-2', hasMore: false },
    ]);
    await follower.catchUp();

    const letters = await reporting.prisma.deadLetterEvent.findMany({ orderBy: { version: 'asc' } });
    expect(
      letters.map(({ producer, eventId, type, version, reason, payload }) => ({ producer, eventId, type, version, reason, payload })),
    ).toEqual([
      {
        producer: 'activities',
        eventId: invalid.id,
        type: 'ActivityPublished',
        version: 1,
        reason: 'payload does not match ActivityPublished v1: category: invalid_value; capacity: invalid_type',
        payload: invalid.payload,
      },
      {
        producer: 'activities',
        eventId: future.id,
        type: 'SessionScheduled',
        version: 2,
        reason: 'version 2 of SessionScheduled is unknown here (this consumer reads version 1)',
        payload: future.payload,
      },
    ]);
    expect(letters.every((letter) => letter.receivedAt instanceof Date)).toBe(true);
    // The rest of the page and the next page are applied; nothing of the letters is.
    expect(await reporting.prisma.reportActivity.findMany({ select: { id: true, category: true } })).toEqual([
      { id: 'a-good', category: 'PSYCHOSOCIAL' },
    ]);
    expect(await reporting.prisma.reportSession.findMany({ select: { id: true } })).toEqual([{ id: 's-good' }]);
    expect(await reporting.prisma.feedCursor.findUnique({ where: { producer: 'activities' } })).toMatchObject({ cursor: 'page-2' });
    // Logged once each, with ids, type, version and the reason, never a payload value.
    expect(logged.map(({ fields }) => fields?.eventId)).toEqual([invalid.id, future.id]);
    expect(JSON.stringify(logged)).not.toContain('SECRET-PRISON-VALUE');
    expect(JSON.stringify(logged)).not.toContain('many');
    expect(logged.every(({ fields }) => fields && !('payload' in fields))).toBe(true);
  });

  it('keeps one letter per event: a page pulled again is skipped by ProcessedEvent, and the letters stay as they were', async () => {
    const broken = { ...enrolment('p-1', 'a-good'), version: 7 };
    const page: FeedPage = { events: [broken, enrolment('p-2', 'a-good')], cursor: 'page-1', hasMore: false };
    const first = follow('participants', [page]);
    await first.follower.catchUp();
    expect(await reporting.prisma.deadLetterEvent.count({ where: { producer: 'participants' } })).toBe(1);
    expect(await reporting.prisma.reportEnrolment.findMany({ select: { participantId: true } })).toEqual([{ participantId: 'p-2' }]);

    // A restart before the cursor was stored: the same page again.
    await reporting.prisma.feedCursor.delete({ where: { producer: 'participants' } });
    const again = follow('participants', [page]);
    await again.follower.catchUp();
    expect(await reporting.prisma.deadLetterEvent.count({ where: { producer: 'participants' } })).toBe(1);
    expect(again.logged).toEqual([]);
    expect(await reporting.prisma.feedCursor.findUnique({ where: { producer: 'participants' } })).toMatchObject({ cursor: 'page-1' });
  });
});
