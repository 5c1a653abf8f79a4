// Reporting's lag behind the feed (#15's goal: under 1 s): a coordinator of the prison (HAREN on the demo
// data) creates a draft activity with one session through the gateway (its ActivityCreated and SessionScheduled events are written in that
// mutation's transaction), and the bench asks reporting for the activity's attendance every 20 ms until
// it knows the activity and its session. The time from the mutation's answer to the first full answer is
// the lag: the feed's poll interval plus reading the page and projecting it. Measured one at a time, on a
// graph with no other load (the event rate of one coordinator), never on the enrolment burst's activity.
// No report counts a draft (offerOverview and the annual report leave drafts out), so on a simulated year the
// drafts stay in the activities' data but change none of the figures the bench measures.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { newActivity, post, sender } from './fixtures.mjs';
import { median } from './load.mjs';

export const LAG_GOAL_MS = 1000;
const GIVE_UP_MS = 30_000;
const ATTENDANCE = 'query Lag($id: ID!) { activityAttendance(activityId: $id) { sessions { status } } }';

export async function reportingLag({ graphqlUrl, token, operation, samples, say, prisonId = 'HAREN' }) {
  const data = sender(graphqlUrl, token);
  const send = (query, variables) => post(graphqlUrl, token, query, variables).then(({ body }) => body);
  const lags = [];
  for (let sample = 0; sample < samples; sample++) {
    // Late in the evening, on days of their own, so that no demo session or earlier sample holds the room.
    const id = await newActivity(data, operation, {
      title: `Bench: achterstand ${sample + 1}`,
      capacity: 10,
      daysAhead: 30 + sample,
      hour: 19,
      minute: process.pid % 50,
      publish: false,
      prisonId,
      // A simulated year's agreements end with the year; the draft's period runs into the next one.
      acknowledgedWarnings: ['NO_CURRENT_AGREEMENT'],
    });
    const created = { id, at: performance.now() };
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
