// Goal 4 of #17: 200 concurrent requestEnrolment calls into one activity of capacity 12, through the
// gateway as a coordinator of HAREN, each for a participant of its own; afterwards the invariant of
// RequestEnrolment.graphql: 12 ENROLLED, the other 188 WAITLISTED at positions 1..188 without a gap, and
// the activity's enrolment summary saying the same.
import { setTimeout as sleep } from 'node:timers/promises';
import { newActivity, registeredParticipants, sender } from './fixtures.mjs';
import { graphqlHeaders, measure } from './load.mjs';

const BURST = 200;
const CAPACITY = 12;

export async function enrolmentBurst({ graphqlUrl, token, operation, round }) {
  const send = sender(graphqlUrl, token);
  const activityId = await newActivity(send, operation, {
    title: `Bench: inschrijvingen ${round + 1}`,
    capacity: CAPACITY,
    daysAhead: 10 + round,
  });
  const participantIds = await registeredParticipants(send, operation, {
    count: BURST,
    prefix: `BENCH-${process.pid}-${round}`,
    lastName: 'Deelnemer',
  });
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
          headers: graphqlHeaders(token),
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
