// The soak run's steady mix, as the graph's clients send it over a working day, at a fixed rate: the public
// directory (mostly cached GETs), a coordinator's offer, reports, roll calls recorded again and again on a
// held session, and enrolments requested and withdrawn in a loop (so the data stays about the same size).
// Every answer is looked at: a status outside 2xx/3xx or a body with GraphQL errors counts as an error,
// by code.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { URLSearchParams } from 'node:url';
import { newActivity, post as postOnce, registeredParticipants, sender } from './fixtures.mjs';

/**
 * web/WithdrawEnrolment with the optional idempotency key a retrying client sends: a retry after a lost
 * answer gets the same enrolment back instead of a CONFLICT for its own earlier success.
 */
const WITHDRAW_ONCE = `mutation WithdrawEnrolment($id: ID!, $reason: String!, $idempotencyKey: String) {
  withdrawEnrolment(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
    enrolment {
      id
      status
    }
  }
}`;

/**
 * What the mix needs, made through the graph as a coordinator of HAREN: an activity with room for the
 * enrolment loop, participants for it, and a held session with someone on its roll call (from the demo).
 * `tag` makes the participants' detainee numbers unique (a second try registers others); `daysAhead` moves
 * the activity's session (a graph whose data is kept between runs has that slot's rooms taken).
 */
export async function prepareTraffic({ gatewayUrl, token, operation, tag = String(process.pid), daysAhead = 20 }) {
  const graphqlUrl = `${gatewayUrl}/graphql`;
  const send = sender(graphqlUrl, token);
  const activityId = await newActivity(send, operation, { title: 'Soak: inschrijvingen', capacity: 40, daysAhead, hour: 8 });
  const participantIds = await registeredParticipants(send, operation, { count: 20, prefix: `SOAK-${tag}`, lastName: 'Soak' });
  // A held session of the demo with someone on its roll call: the coordinator records its marks again.
  const offer = await send(operation('web/CoordinatorOffer.graphql'), { prisonId: 'HAREN', language: 'NL' });
  let rollCall;
  for (const { node } of offer.activities.edges) {
    const { activity } = await send(`query($id: ID!) { activity(id: $id) { sessions { id status rollCall { participant { id } } } } }`, {
      id: node.id,
    });
    const held = activity?.sessions?.find((session) => session.status === 'HELD' && session.rollCall?.length);
    if (held) {
      rollCall = { sessionId: held.id, participantIds: held.rollCall.map(({ participant }) => participant.id) };
      break;
    }
  }
  await sleep(2000); // the published activity reaches the participants service by its feed
  return { activityId, participantIds, rollCall };
}

/**
 * The mix as a cycle of request makers; each returns { kind, run(): Promise<{ status, errors? }> }.
 * `state` from prepareTraffic. The cycle's order spreads each kind evenly over time. A client of its own
 * may be given (`post`, `fetch`: the kill run's, which retries as an idempotent client does), and
 * `acknowledged` collects the writes the graph said OK to, for checking later that none was lost.
 */
export function trafficMix({ gatewayUrl, token, operation, state, post = postOnce, fetch = globalThis.fetch, acknowledged }) {
  const graphqlUrl = `${gatewayUrl}/graphql`;
  const publicOffer = operation('directory/PublicOffer.graphql');
  const cachedUrl = `${graphqlUrl}?${new URLSearchParams({
    variables: JSON.stringify({ language: 'NL', prisonId: 'HAREN' }),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(publicOffer).digest('hex') } }),
  })}`;
  const year = new Date().getFullYear();
  const graphql = (kind, file, variables, bearer = token) => ({
    kind,
    run: async () => {
      const { status, body } = await post(graphqlUrl, bearer, operation(file), variables);
      return { status, errors: body.errors };
    },
  });
  const directoryGet = {
    kind: 'directory (cached GET)',
    run: async () => {
      const response = await fetch(cachedUrl, { headers: { 'apollo-require-preflight': 'true' } });
      const text = await response.text();
      return { status: response.status, errors: text.includes('"errors"') ? JSON.parse(text).errors : undefined };
    },
  };
  // The enrolment loop: request, then withdraw, one participant after another. The withdrawal waits for
  // its request's answer (it may still be on its way when its turn comes), so that a participant's
  // enrolment is closed before the loop comes back to them. When the request's outcome is unknown (a
  // timeout: it may have committed), the withdrawal first sends it again with the same idempotency key,
  // as an idempotent client does, to learn the enrolment; that retry is not counted.
  let turn = 0;
  const requested = new Map();
  const requestEnrolment = (input) => post(graphqlUrl, token, operation('web/RequestEnrolment.graphql'), { input });
  const enrolmentOf = (reply) => reply?.body.data?.requestEnrolment?.enrolment?.id;
  const enrolment = {
    kind: 'enrolment (request / withdraw)',
    run: async () => {
      const participantId = state.participantIds[Math.floor(turn / 2) % state.participantIds.length];
      const step = turn++;
      if (step % 2 === 0) {
        const input = { activityId: state.activityId, participantId, idempotencyKey: `soak-${process.pid}-${step}` };
        const request = requestEnrolment(input).catch(() => undefined);
        requested.set(participantId, { input, request });
        const reply = await request;
        if (!reply) throw new Error('the enrolment request got no answer');
        if (enrolmentOf(reply)) acknowledged?.enrolments.push({ id: enrolmentOf(reply), idempotencyKey: input.idempotencyKey });
        return { status: reply.status, errors: reply.body.errors };
      }
      const { input, request } = requested.get(participantId) ?? {};
      requested.delete(participantId);
      if (!input) return { status: 200 };
      let id = enrolmentOf(await request);
      if (!id) id = enrolmentOf(await requestEnrolment(input).catch(() => undefined));
      if (!id) throw new Error('the enrolment to withdraw is unknown, even after asking again');
      const { status, body } = await post(graphqlUrl, token, WITHDRAW_ONCE, {
        id,
        reason: 'Soak run',
        idempotencyKey: `soak-${process.pid}-${step}`,
      });
      if (status === 200 && !body.errors) acknowledged?.withdrawals.push(id);
      return { status, errors: body.errors };
    },
  };
  let mark = 0;
  const rollCall = state.rollCall && {
    kind: 'roll call (recordAttendance)',
    run: async () => {
      const code = mark++ % 2 ? 'PRESENT' : 'CLASH';
      const input = {
        sessionId: state.rollCall.sessionId,
        idempotencyKey: `soak-${process.pid}-${mark}`,
        // A held session may be weeks old: a coordinator's correction after 7 days says why.
        marks: state.rollCall.participantIds.map((participantId) => ({ participantId, code, note: 'Soak run: marks recorded again' })),
      };
      const { status, body } = await post(graphqlUrl, token, operation('mobile/RecordAttendance.graphql'), { input });
      if (status === 200 && !body.errors)
        acknowledged?.recordings.push({
          idempotencyKey: input.idempotencyKey,
          sessionId: input.sessionId,
          participantIds: state.rollCall.participantIds,
        });
      return { status, errors: body.errors };
    },
  };
  const coordinatorOffer = graphql('coordinator offer', 'web/CoordinatorOffer.graphql', { prisonId: 'HAREN', language: 'NL' });
  return [
    directoryGet,
    coordinatorOffer,
    directoryGet,
    graphql('directory (Prisons)', 'directory/Prisons.graphql', { language: 'FR' }, undefined),
    enrolment,
    directoryGet,
    rollCall ?? coordinatorOffer,
    graphql('report (offerOverview)', 'web/OfferOverview.graphql', { prisonId: 'HAREN', year }),
    directoryGet,
    coordinatorOffer,
    graphql('follow-ups', 'web/DropoutFollowUps.graphql', { prisonId: 'HAREN', language: 'NL' }),
    enrolment,
  ];
}
