// Reporting's lag behind the feed (#15's goal: under 1 s): a coordinator of HAREN creates an activity with
// one session through the gateway (its ActivityCreated and SessionScheduled events are written in that
// mutation's transaction), and the bench asks reporting for the activity's attendance every 20 ms until
// it knows the activity and its session. The time from the mutation's answer to the first full answer is
// the lag: the feed's poll interval plus reading the page and projecting it. Measured one at a time, on a
// graph with no other load (the event rate of one coordinator), never on the enrolment burst's activity.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './load.mjs';

export const LAG_GOAL_MS = 1000;
const GIVE_UP_MS = 30_000;
const ATTENDANCE = 'query Lag($id: ID!) { activityAttendance(activityId: $id) { sessions { status } } }';

export async function reportingLag({ graphqlUrl, token, operation, samples, say }) {
  const send = async (query, variables) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const data = async (query, variables) => {
    const body = await send(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [{ id: organisationId }] = (await data(operation('web/Organisations.graphql'), { prisonId: 'HAREN' })).organisations;
  const rooms = (await data(`query { prison(id: "HAREN") { locations { id } } }`)).prison.locations;
  const lags = [];
  for (let sample = 0; sample < samples; sample++) {
    // Late in the evening, on days of their own, so that no demo session or earlier sample holds the room.
    const startsAt = new Date(`${day(30 + sample)}T19:${String(process.pid % 50).padStart(2, '0')}:00Z`);
    let created;
    for (const room of rooms) {
      const input = {
        prisonId: 'HAREN',
        organisationId,
        category: 'SOCIOCULTURAL',
        domain: 'CULTURE',
        title: { nl: `Bench: achterstand ${sample + 1}` },
        audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'] },
        instructionLanguages: ['nl'],
        capacity: 10,
        startsOn: day(1),
        endsOn: day(90),
        sessions: [
          { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), locationId: room.id },
        ],
      };
      const body = await send(operation('web/CreateActivity.graphql'), { input });
      if (!body.errors) {
        created = { id: body.data.createActivity.activity.id, at: performance.now() };
        break;
      }
    }
    if (!created) throw new Error('no room of HAREN was free for the lag activity');
    for (;;) {
      const body = await send(ATTENDANCE, { id: created.id });
      if (!body.errors && body.data.activityAttendance.sessions.length === 1) break;
      const code = body.errors?.[0]?.extensions?.code;
      if (body.errors && code !== 'NOT_FOUND') throw new Error(JSON.stringify(body.errors).slice(0, 300));
      if (performance.now() - created.at > GIVE_UP_MS) throw new Error(`reporting had not projected activity ${created.id} after 30 s`);
      await sleep(20);
    }
    lags.push(performance.now() - created.at);
    say(`reporting lag, sample ${sample + 1}: ${Math.round(lags.at(-1))} ms`);
  }
  const max = Math.max(...lags);
  return { p50: median(lags), max, samples, met: max < LAG_GOAL_MS };
}
