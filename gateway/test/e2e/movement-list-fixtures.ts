import { belgianDate, belgianInstant } from '@cort/common';
import { activityInput, partnerIn, publishedActivity, registeredParticipant, roomsOf } from './fixtures';
import type { Graph } from './graph';
import { eventually } from './wait';

// A day in HAREN for the movement list, built through the graph as a coordinator would: two activities
// with sessions that day (one of them cancelled), participants in sections, one of them suspended that day.

const DAY = 86_400_000;

export async function movementDay(graph: Graph, offsetDays = 3) {
  const prisonId = 'HAREN';
  const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: [prisonId] });
  const organisationId = await partnerIn(graph, coordinator, prisonId);
  const rooms = await roomsOf(graph, coordinator, prisonId);
  const date = belgianDate(new Date(Date.now() + offsetDays * DAY));
  const at = (time: string) => belgianInstant(date, time)!.toISOString();
  const session = (from: string, to: string, room: number) => ({
    startsAt: at(from),
    endsAt: at(to),
    locationId: rooms[room % rooms.length].id,
  });
  const period = { startsOn: belgianDate(new Date(Date.now() - DAY)), endsOn: belgianDate(new Date(Date.now() + 30 * DAY)) };

  const drawing = await publishedActivity(
    graph,
    coordinator,
    activityInput(prisonId, organisationId, {
      ...period,
      title: { nl: 'Tekenen' },
      sessions: [session('10:00', '11:30', 0), session('14:00', '15:30', 0)],
    }),
  );
  const cooking = await publishedActivity(
    graph,
    coordinator,
    activityInput(prisonId, organisationId, {
      ...period,
      title: { nl: 'Koken' },
      sessions: [session('10:30', '12:00', 1), session('16:00', '17:00', 1)],
    }),
  );

  const people = [
    { firstName: 'Noor', lastName: 'Claes', section: 'B2' },
    { firstName: 'Ahmed', lastName: 'Claes', section: 'B2' },
    { firstName: 'Piet', lastName: 'Zeeman', section: 'A1' },
    { firstName: 'Tom', lastName: 'Aerts', section: null },
    { firstName: 'Ali', lastName: 'Wouters', section: 'A1' },
  ];
  const ids: string[] = [];
  for (const person of people) ids.push(await registeredParticipant(graph, coordinator, { ...person, prisonId }));
  let key = 0;
  const enrol = async (activityId: string, participantId: string) => {
    const answer = await graph.run(
      'web/RequestEnrolment.graphql',
      // Some of them are expected at two sessions that overlap (the list shows both): the coordinator
      // acknowledges the enrolment check's SCHEDULE_CLASH for those.
      { input: { activityId, participantId, idempotencyKey: `move-${activityId}-${++key}`, acknowledgedWarnings: ['SCHEDULE_CLASH'] } },
      coordinator,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.requestEnrolment.enrolment.id as string;
  };
  const drawingEnrolments = [];
  for (const id of ids.slice(0, 4)) drawingEnrolments.push(await enrol(drawing, id));
  await enrol(cooking, ids[4]);
  await enrol(cooking, ids[0]);

  // Piet Zeeman is at court that day: suspended, not on the list.
  const suspended = await graph.send(
    `mutation($input: SuspendEnrolmentInput!) { suspendEnrolment(input: $input) { suspension { id } } }`,
    { input: { id: drawingEnrolments[2], from: date, until: date, reason: 'COURT' } },
    coordinator,
  );
  if (suspended.errors) throw new Error(JSON.stringify(suspended.errors));

  const sessions = await graph.send(`query($id: ID!) { activity(id: $id) { sessions { id startsAt } } }`, { id: cooking }, coordinator);
  const late = sessions.data.activity.sessions.find((s: any) => new Date(s.startsAt).toISOString() === at('16:00'));
  const cancelled = await graph.send(
    `mutation($id: ID!) { cancelSession(id: $id, reason: "Keuken dicht.", reasonCode: OTHER) { session { id status } } }`,
    { id: late.id },
    coordinator,
  );
  if (cancelled.errors) throw new Error(JSON.stringify(cancelled.errors));
  await eventually(
    () => graph.participants.prisma.sessionView.count({ where: { id: late.id, status: 'CANCELLED' } }),
    (n) => n === 1,
  );
  await eventually(
    () => graph.participants.prisma.sessionView.count({ where: { activityId: drawing } }),
    (n) => n === 2,
  );
  return { prisonId, coordinator, organisationId, date, drawing, cooking, participantIds: ids, cancelledSessionId: late.id as string, at };
}

export type MovementDay = Awaited<ReturnType<typeof movementDay>>;
