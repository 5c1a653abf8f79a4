import path from 'node:path';
import type { DomainEvent } from '@cort/events';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import fc from 'fast-check';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient } from '../src/generated/prisma/client';
import { cancellation, mark, session, sessionEvent } from './events';

// A page's consecutive events of one type are projected together (the sessions and the marks in one
// statement each): whatever the sequence (a session moved and held in one run, a mark changed twice,
// removed, recorded again), one page of them leaves exactly the rows that one event per page leaves.
const SESSIONS = ['s1', 's2'];
const PEOPLE = ['p1', 'p2'];
const HOURS = ['2026-02-02T09:00:00.000Z', '2026-02-03T13:00:00.000Z'];

const step = fc.oneof(
  fc
    .record({
      kind: fc.constantFrom('SessionScheduled', 'SessionHeld', 'SessionMoved', 'SessionRestored', 'SessionCancelled'),
      sessionId: fc.constantFrom(...SESSIONS),
      startsAt: fc.constantFrom(...HOURS),
    })
    .map(({ kind, sessionId, startsAt }) => () => {
      if (kind === 'SessionScheduled') return session(sessionId, 'a1', startsAt);
      if (kind === 'SessionCancelled') return cancellation(sessionId, 'a1', startsAt, 'LOCKDOWN');
      return sessionEvent(kind, sessionId, 'a1', startsAt);
    }),
  fc
    .record({
      sessionId: fc.constantFrom(...SESSIONS),
      participantId: fc.constantFrom(...PEOPLE),
      code: fc.constantFrom('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', null),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(
      ({ sessionId, participantId, code, minute }) =>
        () =>
          mark(sessionId, participantId, 'a1', code, { recordedAt: `2026-02-02T11:${String(minute).padStart(2, '0')}:00.000Z` }),
    ),
);

describe(`a run of events projected at once (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase('reporting', path.join(__dirname, '..', 'prisma', 'migrations'));
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  const clear = () =>
    prisma.$transaction([prisma.reportSession.deleteMany(), prisma.reportAttendance.deleteMany(), prisma.processedEvent.deleteMany()]);
  const pages = async (pages: DomainEvent[][]) => {
    await clear();
    for (const page of pages)
      await prisma.$transaction((tx) => applyEvents(tx, page[0].type.startsWith('Session') ? 'activities' : 'participants', page));
    return {
      sessions: (await prisma.reportSession.findMany({ orderBy: { id: 'asc' } })).map(({ updatedAt: _, ...row }) => row),
      marks: await prisma.reportAttendance.findMany({ orderBy: [{ sessionId: 'asc' }, { participantId: 'asc' }] }),
    };
  };

  it('leaves what one event per page leaves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 24 }), async (steps) => {
        const events = steps.map((make) => make());
        const oneByOne = await pages(events.map((event) => [event]));
        // Each producer's events as one page (the two feeds are independent).
        const together = await pages(
          [events.filter((e) => e.type.startsWith('Session')), events.filter((e) => !e.type.startsWith('Session'))].filter((p) => p.length),
        );
        expect(together).toEqual(oneByOne);
      }),
      { numRuns: 25 },
    );
  });
});
