import { activityInput, facilitatorOf, isoDate, partnerIn, publishedActivity, registeredParticipant, roomsOf } from './fixtures';
import type { Graph } from './graph';
import { eventually } from './wait';

// The world of the attendance tests, built through the graph as a coordinator would: an organisation
// with a facilitating volunteer, an activity with sessions at the given offsets from now, participants
// enrolled in it, and the participants service told of every session by the activities feed.

const HOUR = 3_600_000;

export interface AttendanceWorld {
  coordinator: string;
  staff: string;
  volunteer: string;
  /** A volunteer of the same organisation who does not facilitate the activity. */
  bystander: string;
  organisationId: string;
  personId: string;
  activityId: string;
  /** In the order of `sessionHours`. */
  sessionIds: string[];
  participantIds: string[];
}

/** Sessions of one hour starting `hoursFromNow` (negative: in the past); `participants` enrolled in the activity. */
export async function attendanceWorld(
  graph: Graph,
  {
    sessionHours,
    participants,
    prisonId = 'HAREN',
    roomIndex = 0,
  }: { sessionHours: number[]; participants: number; prisonId?: string; roomIndex?: number },
): Promise<AttendanceWorld> {
  const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: [prisonId] });
  const organisationId = await partnerIn(graph, coordinator, prisonId);
  const personId = await facilitatorOf(graph, coordinator, organisationId, { prisonId, validFrom: isoDate(-60) });
  const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: [prisonId], organisationId });
  // A volunteer's subject is their person id: the id the activity lists as facilitator.
  const volunteer = await graph.token({ sub: personId, roles: ['VOLUNTEER'], prisons: [prisonId], organisationId });
  const bystander = await graph.token({ roles: ['VOLUNTEER'], prisons: [prisonId], organisationId });
  const rooms = await roomsOf(graph, coordinator, prisonId);
  const base = Math.floor(Date.now() / 60_000) * 60_000;
  const activityId = await publishedActivity(
    graph,
    coordinator,
    activityInput(prisonId, organisationId, {
      capacity: Math.max(participants, 1),
      facilitatorIds: [personId],
      startsOn: isoDate(-Math.ceil(Math.max(0, ...sessionHours.map((h) => -h)) / 24) - 1),
      sessions: sessionHours.map((h) => ({
        startsAt: new Date(base + h * HOUR).toISOString(),
        endsAt: new Date(base + (h + 1) * HOUR).toISOString(),
        locationId: rooms[roomIndex % rooms.length].id,
      })),
    }),
  );
  const listed = await graph.send(`query($id: ID!) { activity(id: $id) { sessions { id startsAt } } }`, { id: activityId }, coordinator);
  if (listed.errors) throw new Error(JSON.stringify(listed.errors));
  const byStart = new Map<number, string>(listed.data.activity.sessions.map((s: any) => [new Date(s.startsAt).getTime(), s.id]));
  const sessionIds = sessionHours.map((h) => byStart.get(base + h * HOUR)!);
  const participantIds: string[] = [];
  for (let i = 0; i < participants; i++) {
    const participantId = await registeredParticipant(graph, coordinator, { prisonId, firstName: `Deelnemer${i}`, lastName: 'Aerts' });
    const enrolled = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId, participantId, idempotencyKey: `att-${activityId}-${i}` } },
      coordinator,
    );
    if (enrolled.errors) throw new Error(JSON.stringify(enrolled.errors));
    participantIds.push(participantId);
  }
  await eventually(
    () => graph.participants.prisma.sessionView.count({ where: { activityId } }),
    (count) => count === sessionHours.length,
  );
  return { coordinator, staff, volunteer, bystander, organisationId, personId, activityId, sessionIds, participantIds };
}

export type Mark = { participantId: string; code: string; absenceReason?: string; note?: string };

let keys = 0;

/** contract/mobile/RecordAttendance.graphql with a fresh idempotency key unless one is given. */
export const recordAttendance = (
  graph: Graph,
  bearer: string,
  sessionId: string,
  marks: Mark[],
  idempotencyKey = `roll-${++keys}-${Date.now()}`,
) => graph.run('mobile/RecordAttendance.graphql', { input: { sessionId, idempotencyKey, marks } }, bearer);

/** Everyone of the world with the same code. */
export const all = (world: AttendanceWorld, code: string, extra: Partial<Mark> = {}): Mark[] =>
  world.participantIds.map((participantId) => ({ participantId, code, ...extra }));
