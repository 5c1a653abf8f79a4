// Goal 4 of #17: 200 concurrent requestEnrolment calls into one activity of capacity 12, through the
// gateway as a coordinator of HAREN, each for a participant of its own; afterwards the invariant of
// RequestEnrolment.graphql: 12 ENROLLED, the other 188 WAITLISTED at positions 1..188 without a gap, and
// the activity's enrolment summary saying the same.
import { setTimeout as sleep } from 'node:timers/promises';
import { measure } from './load.mjs';

const BURST = 200;
const CAPACITY = 12;

export async function enrolmentBurst({ graphqlUrl, token, operation, round }) {
  const send = async (query, variables) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data;
  };
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [{ id: organisationId }] = (await send(operation('web/Organisations.graphql'), { prisonId: 'HAREN' })).organisations;
  const rooms = (await send(`query { prison(id: "HAREN") { locations { id } } }`)).prison.locations;
  const startsAt = new Date(`${day(10 + round)}T09:00:00Z`);
  let activityId;
  for (const room of rooms) {
    const input = {
      prisonId: 'HAREN',
      organisationId,
      category: 'EDUCATIONAL',
      domain: 'EDUCATION',
      title: { nl: `Bench: inschrijvingen ${round + 1}` },
      audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'] },
      instructionLanguages: ['nl'],
      capacity: CAPACITY,
      startsOn: day(1),
      endsOn: day(60),
      sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), locationId: room.id }],
    };
    const created = await send(operation('web/CreateActivity.graphql'), { input }).catch(() => null);
    if (!created) continue; // that room is taken then: the next one
    activityId = created.createActivity.activity.id;
    break;
  }
  if (!activityId) throw new Error('no room of HAREN was free for the enrolment burst activity');
  await send(operation('web/PublishActivity.graphql'), { id: activityId });

  const participantIds = [];
  for (let start = 0; start < BURST; start += 10) {
    const batch = Array.from({ length: Math.min(10, BURST - start) }, (_, offset) => {
      const n = start + offset;
      const input = {
        prisonId: 'HAREN',
        detaineeNumber: `BENCH-${process.pid}-${round}-${n}`,
        firstName: 'Bench',
        lastName: `Deelnemer ${n}`,
        gender: n % 2 ? 'MALE' : 'FEMALE',
        legalStatus: 'CONVICTED',
      };
      return send(operation('web/RegisterParticipant.graphql'), { input }).then((data) => data.registerParticipant.participant.id);
    });
    participantIds.push(...(await Promise.all(batch)));
  }
  await sleep(2000); // the published activity reaches the participants service by its feed

  const query = operation('web/RequestEnrolment.graphql');
  let next = 0;
  const outcomes = [];
  const run = await measure(
    {
      url: graphqlUrl,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (request) => {
            const n = next++;
            const input = { activityId, participantId: participantIds[n % BURST], idempotencyKey: `bench-${process.pid}-${round}-${n}` };
            return { ...request, body: JSON.stringify({ query, variables: { input } }) };
          },
        },
      ],
    },
    {
      connections: BURST,
      amount: BURST,
      onBody: (_status, body) => {
        try {
          outcomes.push(JSON.parse(body).data?.requestEnrolment?.enrolment);
        } catch {
          outcomes.push(undefined);
        }
      },
    },
  );

  const enrolled = outcomes.filter((enrolment) => enrolment?.status === 'ENROLLED').length;
  const positions = outcomes
    .filter((enrolment) => enrolment?.status === 'WAITLISTED')
    .map((enrolment) => enrolment.waitlistPosition)
    .sort((a, b) => a - b);
  const summary = (await send(`query($id: ID!) { activity(id: $id) { enrolmentSummary { enrolled waitlisted } } }`, { id: activityId }))
    .activity.enrolmentSummary;
  // Requests that failed (a timeout may still have committed) leave gaps among the answers, never in the rule.
  const broken = [];
  if (enrolled > CAPACITY || summary.enrolled !== CAPACITY)
    broken.push(`${enrolled} answered ENROLLED and the activity says ${summary.enrolled} enrolled, for a capacity of ${CAPACITY}`);
  if (new Set(positions).size !== positions.length) broken.push('two enrolments answered the same waitlist position');
  if (!run.errors && (positions.length !== BURST - CAPACITY || positions.some((position, index) => position !== index + 1)))
    broken.push(`waitlist positions are not 1..${BURST - CAPACITY} (${positions.length} WAITLISTED)`);
  if (!run.errors && summary.waitlisted !== BURST - CAPACITY) broken.push(`the activity says ${summary.waitlisted} waitlisted`);
  return { run, broken };
}
