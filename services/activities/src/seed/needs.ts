import { fromCalendarDate, calendarDate } from '@cort/common';
import type { ActivityDomain, Gender, LegalStatus, NeedsAssessmentMethod, Prisma } from '../generated/prisma/client';
import { recordAssessmentEvent, recordWishesLinked } from '../modules/needs-assessment/needs-assessment.events';
import { insertWishes, setActivityWishes } from '../modules/needs-assessment/needs-assessment.repository';
import { DEMO_PRISONS } from './prisons';

const DAY = 86_400_000;

interface WishSeed {
  topic: { nl?: string; fr?: string; en?: string };
  domain: ActivityDomain;
  share: number;
}

interface AssessmentSeed {
  method: NeedsAssessmentMethod;
  daysAgo: number;
  respondents: number;
  genders: Gender[];
  legalStatuses: LegalStatus[];
  languages?: string[];
  note: string;
  wishes: WishSeed[];
}

/** Among everyone: wishes the demo offer answers (sport, employment) and one it does not (cooking). */
const GENERAL: AssessmentSeed = {
  method: 'SURVEY',
  daysAgo: 120,
  respondents: 64,
  genders: ['MALE', 'FEMALE'],
  legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'],
  note: 'Schriftelijke bevraging via de leefgroepen.',
  wishes: [
    { topic: { nl: 'Meer sport', fr: 'Plus de sport', en: 'More sport' }, domain: 'SPORT', share: 0.6 },
    {
      topic: { nl: 'Hulp bij werk zoeken', fr: "Aide à la recherche d'emploi", en: 'Help finding work' },
      domain: 'EMPLOYMENT',
      share: 0.45,
    },
    { topic: { nl: 'Kookles', fr: 'Cours de cuisine', en: 'Cooking class' }, domain: 'HEALTH', share: 0.3 },
  ],
};

/** Among those who speak neither Dutch nor French (HAREN: among women): language classes and a topic nobody answered yet. */
const SECOND = (prisonId: string): AssessmentSeed => ({
  method: prisonId === 'HAREN' ? 'GROUP_TALK' : 'INTERVIEWS',
  daysAgo: 75,
  respondents: 14,
  genders: prisonId === 'HAREN' ? ['FEMALE'] : ['MALE'],
  legalStatuses: ['SUSPECT', 'CONVICTED'],
  languages: ['ar', 'ro'],
  note: prisonId === 'HAREN' ? 'Praatgroep in de vrouwenafdeling, met tolk.' : 'Gesprekken met tolk.',
  wishes: [
    { topic: { nl: 'Nederlandse les', fr: 'Cours de néerlandais', en: 'Dutch lessons' }, domain: 'EDUCATION', share: 0.85 },
    {
      topic: { nl: 'Contact met de kinderen', fr: 'Contact avec les enfants', en: 'Contact with the children' },
      domain: 'WELFARE',
      share: 0.5,
    },
    { topic: { nl: 'Naaiatelier', fr: 'Atelier couture', en: 'Sewing workshop' }, domain: 'CULTURE', share: 0.35 },
  ],
});

/**
 * Two needs assessments per demo prison (one among women in HAREN), recorded as a coordinator would,
 * and the demo activities of the same domain linked as answers to their wishes: some wishes are
 * answered, the cooking, sewing and (where no activity of the domain runs) other wishes are not.
 */
export async function seedNeeds(tx: Prisma.TransactionClient, today: Date) {
  const day = (daysAgo: number) => fromCalendarDate(calendarDate(new Date(today.getTime() - daysAgo * DAY)));
  for (const prison of DEMO_PRISONS) {
    const activities = await tx.activity.findMany({
      where: { prisonId: prison.id, status: { in: ['PUBLISHED', 'DRAFT'] } },
      orderBy: { id: 'asc' },
    });
    const links = new Map<string, string[]>();
    for (const seed of [GENERAL, SECOND(prison.id)]) {
      const { wishes: wishSeeds, daysAgo, ...facts } = seed;
      const assessment = await tx.needsAssessment.create({
        data: {
          ...facts,
          prisonId: prison.id,
          languages: facts.languages ?? [],
          conductedFrom: day(daysAgo + 14),
          conductedUntil: day(daysAgo),
        },
      });
      const wishes = await insertWishes(
        tx,
        assessment.id,
        wishSeeds.map((wish, position) => ({
          position,
          topicNl: wish.topic.nl ?? null,
          topicFr: wish.topic.fr ?? null,
          topicEn: wish.topic.en ?? null,
          domain: wish.domain,
          count: Math.max(1, Math.round(wish.share * seed.respondents)),
        })),
      );
      await recordAssessmentEvent(tx, 'NeedsAssessmentRecorded', assessment, wishes);
      // Cooking and sewing stay unanswered; the others are answered by an activity of their domain, if the prison has one.
      for (const wish of wishes.filter((w) => w.domain !== 'HEALTH' && w.domain !== 'CULTURE')) {
        const answer = activities.find((a) => a.domain === wish.domain);
        if (answer) links.set(answer.id, [...(links.get(answer.id) ?? []), wish.id]);
      }
    }
    for (const [activityId, wishIds] of links) {
      await setActivityWishes(tx, activityId, wishIds);
      await recordWishesLinked(tx, activityId, prison.id, wishIds);
    }
  }
}
