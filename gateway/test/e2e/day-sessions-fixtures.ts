import { randomUUID } from 'node:crypto';
import { prisonDay } from '../../../services/activities/src/domain/schedule';
import type { Graph } from './graph';

/** One enrolled participant of a session added by `todaysSessions`, for the test to mark, suspend, … */
export interface EnrolledToday {
  /** 0, 1 or 2: the participant's place in the session's three. */
  index: number;
  participantId: string;
  enrolmentId: string;
  activityId: string;
  sessionId: string;
  startsAt: Date;
  /** The start of today in the prison's time zone. */
  dayStart: Date;
}

/**
 * Sessions of today in BRUGGE, each of its own published activity of one organisation with three enrolled
 * participants (sections B0–B2), written straight into the activities and participants databases: the
 * statement-count tests grow a day from 3 to 30 sessions without the minutes the mutations would take.
 * `forEach` adds what a test needs per participant (a mark, a suspension).
 */
export function todaysSessions(
  graph: Graph,
  organisationId: string,
  forEach: (enrolled: EnrolledToday) => Promise<unknown> = async () => {},
) {
  const { from } = prisonDay(new Date());
  let added = 0;
  return async function addSessions(count: number) {
    const rooms = await graph.activities.prisma.location.findMany({ where: { prisonId: 'BRUGGE' } });
    for (let n = 0; n < count; n++, added++) {
      const startsAt = new Date(from.getTime() + 6 * 3_600_000 + added * 60_000);
      const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
      const activity = await graph.activities.prisma.activity.create({
        data: {
          prisonId: 'BRUGGE',
          organisationId,
          category: 'EDUCATIONAL',
          domain: 'EDUCATION',
          titleNl: `Les ${added}`,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED'],
          instructionLanguages: ['nl'],
          capacity: 3,
          startsOn: from,
          endsOn: new Date(from.getTime() + 30 * 86_400_000),
          status: 'PUBLISHED',
        },
      });
      const session = await graph.activities.prisma.session.create({
        data: { activityId: activity.id, locationId: rooms[added % rooms.length].id, startsAt, endsAt },
      });
      const p = graph.participants.prisma;
      await p.activityView.create({
        data: {
          id: activity.id,
          prisonId: 'BRUGGE',
          organisationId,
          status: 'PUBLISHED',
          capacity: 3,
          screeningRequired: false,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED'],
          endsOn: activity.endsOn,
        },
      });
      await p.sessionView.create({
        data: {
          id: session.id,
          activityId: activity.id,
          prisonId: 'BRUGGE',
          locationId: session.locationId,
          startsAt,
          endsAt,
          status: 'SCHEDULED',
        },
      });
      for (let index = 0; index < 3; index++) {
        const participant = await p.participant.create({
          data: {
            prisonId: 'BRUGGE',
            // Unique across the graph's tests that share this database.
            detaineeNumber: `DAY-${randomUUID().slice(0, 8)}-${index}`,
            firstName: 'Tom',
            lastName: `Claes ${index}`,
            section: `B${index}`,
            gender: 'MALE',
            legalStatus: 'CONVICTED',
            languages: ['nl'],
            registeredBy: 'test',
          },
        });
        const enrolment = await p.enrolment.create({
          data: { participantId: participant.id, activityId: activity.id, status: 'ENROLLED', idempotencyKey: randomUUID() },
        });
        await forEach({
          index,
          participantId: participant.id,
          enrolmentId: enrolment.id,
          activityId: activity.id,
          sessionId: session.id,
          startsAt,
          dayStart: from,
        });
      }
    }
  };
}
