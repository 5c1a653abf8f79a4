import type { DomainEvent } from '@cort/events';
import type { OpenedDatabase } from '@cort/testing';
import type { Producer } from '../src/domain/report-events';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient } from '../src/generated/prisma/client';
import { openReportingDatabase } from './database';
import { event } from './events';

// Replay-safety of the needs → offer → evaluation loop (issue 14): needs assessments and their wishes
// (counts only), the wishes activities answer, evaluations and feedback forms, applied twice (each page
// pulled again, then the whole feed again) give the same rows as applying each event once.
const assessment = (type: string, wishes: { wishId: string; domain: string; count: number }[], respondents = 20) =>
  event(type, {
    assessmentId: 'n1',
    prisonId: 'HAREN',
    conductedFrom: '2026-03-01',
    conductedUntil: '2026-03-10',
    method: 'SURVEY',
    respondents,
    genders: ['FEMALE'],
    legalStatuses: ['CONVICTED'],
    languages: ['ar'],
    wishes,
  });
const activitiesFeed: DomainEvent[] = [
  assessment('NeedsAssessmentRecorded', [
    { wishId: 'w1', domain: 'SPORT', count: 12 },
    { wishId: 'w2', domain: 'CULTURE', count: 3 },
  ]),
  event('ActivityWishesLinked', { activityId: 'a1', prisonId: 'HAREN', wishIds: ['w1', 'w2'] }),
  assessment(
    'NeedsAssessmentUpdated',
    [
      { wishId: 'w1', domain: 'SPORT', count: 14 },
      { wishId: 'w3', domain: 'WELFARE', count: 5 },
    ],
    22,
  ),
  event('ActivityWishesLinked', { activityId: 'a1', prisonId: 'HAREN', wishIds: ['w1'] }),
  event('ActivityEvaluated', {
    evaluationId: 'e1',
    activityId: 'a1',
    prisonId: 'HAREN',
    decision: 'ADJUST',
    results: ['MET'],
    evaluatedOn: '2026-05-01',
  }),
  event('ActivityEvaluated', {
    evaluationId: 'e1',
    activityId: 'a1',
    prisonId: 'HAREN',
    decision: 'CONTINUE',
    results: ['MET', 'NOT_MET'],
    evaluatedOn: '2026-05-02',
  }),
];
const form = (formId: string, satisfaction: number) => ({ formId, satisfaction, learned: 3, atmosphere: 4, wouldRecommend: true });
const participantsFeed: DomainEvent[] = [
  event('FeedbackRecorded', { activityId: 'a1', prisonId: 'HAREN', receivedOn: '2026-04-30', forms: [form('f1', 5), form('f2', 2)] }),
  event('FeedbackRecorded', { activityId: 'a1', prisonId: 'HAREN', receivedOn: '2026-05-01', forms: [form('f3', 4)] }),
];

async function openDatabase() {
  const opened = await openReportingDatabase();
  const apply = (producer: Producer, events: DomainEvent[]) => opened.prisma.$transaction((tx) => applyEvents(tx, producer, events));
  return { ...opened, apply };
}

const rowsOf = async (prisma: PrismaClient) => ({
  assessments: await prisma.reportNeedsAssessment.findMany({ orderBy: { id: 'asc' } }),
  wishes: await prisma.reportWish.findMany({ orderBy: { id: 'asc' } }),
  links: await prisma.reportActivityWish.findMany({ orderBy: [{ activityId: 'asc' }, { wishId: 'asc' }] }),
  evaluations: await prisma.reportEvaluation.findMany({ orderBy: { activityId: 'asc' } }),
  forms: await prisma.reportFeedbackForm.findMany({ orderBy: { id: 'asc' } }),
});

describe(`replaying the needs, evaluation and feedback events (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const all: OpenedDatabase<PrismaClient>[] = [];
  afterAll(() => Promise.all(all.map((opened) => opened.close())));

  it('gives the same rows as applying each event once, the latest facts winning', async () => {
    const once = await openDatabase();
    const twice = await openDatabase();
    all.push(once, twice);
    await once.apply('activities', activitiesFeed);
    await once.apply('participants', participantsFeed);
    const expected = await rowsOf(once.prisma);
    expect(expected.wishes.map((w) => [w.id, w.count])).toEqual([
      ['w1', 14],
      ['w3', 5],
    ]);
    expect(expected.links.map((l) => l.wishId)).toEqual(['w1']);
    expect(expected.evaluations.map((e) => [e.decision, e.results])).toEqual([['CONTINUE', ['MET', 'NOT_MET']]]);
    expect(expected.forms).toHaveLength(3);

    for (const [producer, feed] of [
      ['activities', activitiesFeed],
      ['participants', participantsFeed],
    ] as const) {
      for (let i = 0; i < feed.length; i += 2) {
        const page = feed.slice(i, i + 2);
        expect(await twice.apply(producer, page)).toBe(page.length);
        expect(await twice.apply(producer, page)).toBe(0);
      }
      expect(await twice.apply(producer, feed)).toBe(0);
    }
    expect(await rowsOf(twice.prisma)).toEqual(expected);
  });
});
