// What the bench's and the soak's write loads start from, made through the graph as a coordinator of HAREN
// (as a client would): an activity with one session in the first free room, and participants.
import { load } from './graph.mjs';
import { graphqlPost } from './load.mjs';

const auth = load('packages/auth/dist/index.js');

export const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Who signs the user tokens of a run: the development user key in `dataDir` (the graph started as
 * `npm start` starts it trusts it), as { privateKey, keyId, issuer, audience }.
 */
export async function devUserIssuer(dataDir) {
  const keys = await auth.loadOrCreateDevKeys(dataDir, {});
  return { privateKey: keys.user.privateKey, keyId: keys.user.keyId, issuer: auth.DEV_ISSUER, audience: auth.DEV_AUDIENCE };
}

/**
 * The access token of `sub` with `roles` in `prisons`, signed by `signer` (devUserIssuer's, or a deployment's
 * identity provider), valid for a run of `minutes` and half an hour more (the preparation and the checks after
 * the run).
 */
export function userToken(signer, { sub, roles, prisons }, minutes) {
  return auth.mintUserToken({ sub, roles, prisons }, signer.privateKey, {
    issuer: signer.issuer,
    audience: signer.audience,
    expiresIn: `${minutes + 30}m`,
    keyId: signer.keyId,
  });
}

/** The access token of a coordinator of HAREN named `sub` (see userToken). */
export function coordinatorToken(signer, sub, minutes) {
  return userToken(signer, { sub, roles: ['COORDINATOR'], prisons: ['HAREN'] }, minutes);
}

/** Sends one operation as `token` (none: anonymous); { status, body } whatever the answer. */
export async function post(graphqlUrl, token, query, variables) {
  const { url, ...init } = graphqlPost(graphqlUrl, query, variables, token);
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

/** Sends one operation; the data, or an Error carrying the GraphQL errors. */
export function sender(graphqlUrl, token) {
  return async (query, variables) => {
    const { status, body } = await post(graphqlUrl, token, query, variables);
    if (status !== 200 || body.errors) throw new Error(`${status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    return body.data;
  };
}

/**
 * An activity of the first organisation of `prisonId` (HAREN by default) for everyone, with one session
 * `daysAhead` days from now at `hour`:`minute` UTC in the first room that is free then, published unless
 * `publish` is false (`acknowledgedWarnings` as CreateActivity takes them); its id. The feed brings it to
 * the other services within a poll interval: wait before enrolling.
 */
export async function newActivity(
  send,
  operation,
  { title, capacity, daysAhead, hour = 9, minute = 0, publish = true, prisonId = 'HAREN', acknowledgedWarnings },
) {
  const [{ id: organisationId }] = (await send(operation('web/Organisations.graphql'), { prisonId })).organisations;
  const rooms = (await send(`query Rooms($id: ID!) { prison(id: $id) { locations { id } } }`, { id: prisonId })).prison.locations;
  const startsAt = new Date(`${day(daysAhead)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  let refusal;
  for (const room of rooms) {
    const input = {
      prisonId,
      organisationId,
      category: 'EDUCATIONAL',
      domain: 'EDUCATION',
      title: { nl: title },
      audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'] },
      instructionLanguages: ['nl'],
      capacity,
      startsOn: day(1),
      endsOn: day(daysAhead + 30),
      sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), locationId: room.id }],
      ...(acknowledgedWarnings ? { acknowledgedWarnings } : {}),
    };
    let id;
    try {
      id = (await send(operation('web/CreateActivity.graphql'), { input })).createActivity.activity.id;
    } catch (error) {
      refusal = error.message; // that room is taken then: the next one
      continue;
    }
    if (publish) await send(operation('web/PublishActivity.graphql'), { id });
    return id;
  }
  throw new Error(`no room of ${prisonId} took the activity "${title}"; the last refusal: ${refusal}`);
}

/** `count` new participants of HAREN, registered ten at a time; their ids. */
export async function registeredParticipants(send, operation, { count, prefix, lastName }) {
  const ids = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, offset) => {
      const n = start + offset;
      const input = {
        prisonId: 'HAREN',
        detaineeNumber: `${prefix}-${n}`,
        firstName: 'Bench',
        lastName: `${lastName} ${n}`,
        gender: n % 2 ? 'MALE' : 'FEMALE',
        legalStatus: 'CONVICTED',
      };
      return send(operation('web/RegisterParticipant.graphql'), { input }).then((data) => data.registerParticipant.participant.id);
    });
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}
