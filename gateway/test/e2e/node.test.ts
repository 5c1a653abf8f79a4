import { randomUUID } from 'node:crypto';
import { activityInput, at, facilitatorOf, isoDate, partnerIn, publishedActivity, registeredParticipant, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';

// node(id:) and nodeId: Relay's object identification across the subgraphs, without changing any id.
// The global id is base64url of "Type:id", the same whichever subgraph computes it.
const nodeIdOf = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

const NODE = `query($id: ID!) {
  node(id: $id) {
    __typename
    nodeId
    id
    ... on Prison { region name(language: FR) }
    ... on Activity { title(language: NL) activityStatus: status organisation { name } enrolmentSummary { enrolled } }
    ... on Session { startsAt sessionStatus: status activity { id } }
    ... on Organisation { name kind }
    ... on Person { displayName role }
    ... on Participant { displayName detaineeNumber }
  }
}`;

describe('node(id:) and nodeId', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let personId: string;
  let activityId: string;
  let draftId: string;
  let sessionId: string;
  let participantId: string;

  const node = (id: string, token = coordinator) => graph.send(NODE, { id }, token);

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN', 'De Rode Antraciet');
    personId = await facilitatorOf(graph, coordinator, organisationId);
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    activityId = await publishedActivity(
      graph,
      coordinator,
      activityInput('HAREN', organisationId, { sessions: [{ startsAt: at(2, 9), endsAt: at(2, 11), locationId: room.id }] }),
    );
    const draft = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) }, coordinator);
    draftId = draft.data.createActivity.activity.id;
    const sessions = await graph.send(`query($id: ID!) { activity(id: $id) { sessions { id } } }`, { id: activityId }, coordinator);
    sessionId = sessions.data.activity.sessions[0].id;
    participantId = await registeredParticipant(graph, coordinator, { firstName: 'Jan', lastName: 'Peeters', detaineeNumber: 'N-1' });
  });
  afterAll(() => graph?.stop());

  it('gives every Node type a nodeId of its type and id, whichever path and subgraph it comes from', async () => {
    const answer = await graph.send(
      `query($activityId: ID!, $organisationId: ID!, $personId: ID!, $participantId: ID!) {
        prison(id: "HAREN") { nodeId id }
        activity(id: $activityId) { nodeId prison { nodeId } organisation { nodeId } sessions { nodeId id } }
        organisation(id: $organisationId) { nodeId }
        person(id: $personId) { nodeId }
        participant(id: $participantId) { nodeId prison { nodeId } }
        offerOverview(prisonId: "HAREN", year: 2026) { prison { nodeId } }
      }`,
      { activityId, organisationId, personId, participantId },
      coordinator,
    );
    expect(answer.errors).toBeUndefined();
    const prison = nodeIdOf('Prison', 'HAREN');
    expect(answer.data).toEqual({
      prison: { nodeId: prison, id: 'HAREN' },
      activity: {
        nodeId: nodeIdOf('Activity', activityId),
        prison: { nodeId: prison },
        organisation: { nodeId: nodeIdOf('Organisation', organisationId) },
        sessions: [{ nodeId: nodeIdOf('Session', sessionId), id: sessionId }],
      },
      organisation: { nodeId: nodeIdOf('Organisation', organisationId) },
      person: { nodeId: nodeIdOf('Person', personId) },
      participant: { nodeId: nodeIdOf('Participant', participantId), prison: { nodeId: prison } },
      offerOverview: { prison: { nodeId: prison } },
    });
  });

  it('returns each entity with its fields from its own subgraph, and the fields other subgraphs add to it', async () => {
    const expected: [string, string, Record<string, unknown>][] = [
      ['Prison', 'HAREN', { region: 'BRUSSELS', name: expect.any(String) }],
      [
        'Activity',
        activityId,
        {
          title: 'Atelier tekenen en schilderen',
          activityStatus: 'PUBLISHED',
          organisation: { name: 'De Rode Antraciet' },
          enrolmentSummary: { enrolled: 0 },
        },
      ],
      ['Session', sessionId, { startsAt: at(2, 9), sessionStatus: 'SCHEDULED', activity: { id: activityId } }],
      ['Organisation', organisationId, { name: 'De Rode Antraciet', kind: 'STRUCTURAL_PARTNER' }],
      ['Person', personId, { displayName: 'Eva D.', role: 'TRAINER' }],
      ['Participant', participantId, { displayName: 'Jan P.', detaineeNumber: 'N-1' }],
    ];
    for (const [type, id, fields] of expected) {
      const answer = await node(nodeIdOf(type, id));
      expect({ type, errors: answer.errors }).toEqual({ type, errors: undefined });
      expect(answer.data.node).toEqual({ __typename: type, nodeId: nodeIdOf(type, id), id, ...fields });
    }
  });

  it('answers null for a well-formed id of nothing, without saying more', async () => {
    for (const type of ['Activity', 'Session', 'Organisation', 'Person', 'Participant']) {
      const answer = await node(nodeIdOf(type, randomUUID()));
      expect({ type, node: answer.data?.node, errors: answer.errors }).toEqual({ type, node: null, errors: undefined });
    }
    const prison = await node(nodeIdOf('Prison', 'NOWHERE'));
    expect({ node: prison.data?.node, errors: prison.errors }).toEqual({ node: null, errors: undefined });
  });

  it('refuses an id that is not a global id of the graph with BAD_USER_INPUT naming the argument', async () => {
    for (const id of ['HAREN', activityId, 'not an id', nodeIdOf('Enrolment', randomUUID()), nodeIdOf('prison', 'HAREN')]) {
      const answer = await node(id);
      expect(answer.data?.node ?? null).toBeNull();
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });

  it('applies the object’s own access rules: what participant(id:) refuses, node(id:) does not hand out', async () => {
    const participant = nodeIdOf('Participant', participantId);
    const others = {
      'a coordinator of another prison': await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }),
      'partner staff of the prison': await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId }),
      'an analyst of the prison': await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }),
    };
    for (const [who, token] of Object.entries(others)) {
      const direct = await graph.send(`query($id: ID!) { participant(id: $id) { displayName } }`, { id: participantId }, token);
      expect({ who, code: direct.errors?.[0].extensions?.code }).toEqual({ who, code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) });
      const through = await graph.send(
        `query($id: ID!) { node(id: $id) { nodeId ... on Participant { id displayName detaineeNumber } } }`,
        { id: participant },
        token,
      );
      expect({ who, node: through.data?.node ?? null }).toEqual({ who, node: null });
      expect(JSON.stringify(through)).not.toContain('N-1');
      expect(JSON.stringify(through)).not.toContain('Jan');
    }
    // Prison staff see participants in full through participant(id:), and so through node(id:).
    const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    expect((await node(participant, staff)).data.node).toMatchObject({ displayName: 'Jan P.', detaineeNumber: 'N-1' });
  });

  it('shows a draft only to whom activity(id:) shows it', async () => {
    const draft = nodeIdOf('Activity', draftId);
    expect((await node(draft)).data.node).toMatchObject({ __typename: 'Activity', activityStatus: 'DRAFT' });
    const otherPartner = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: randomUUID() });
    const direct = await graph.send(`query($id: ID!) { activity(id: $id) { id } }`, { id: draftId }, otherPartner);
    expect(direct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const through = await graph.send(
      `query($id: ID!) { node(id: $id) { nodeId ... on Activity { status } } }`,
      { id: draft },
      otherPartner,
    );
    expect(through.data?.node ?? null).toBeNull();
  });

  it('pages forward with a complete PageInfo: a previous page once `after` was given', async () => {
    await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId, { title: { nl: 'Tweede' }, startsOn: isoDate(0) }));
    const page = `query($after: String) {
      publicOffer(prisonId: "HAREN", first: 1, after: $after) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor }
      }
    }`;
    const first = (await graph.send(page, {}, coordinator)).data.publicOffer;
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[0].cursor,
    });
    const second = (await graph.send(page, { after: first.pageInfo.endCursor }, coordinator)).data.publicOffer;
    expect(second.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: second.edges[0].cursor,
      endCursor: second.edges[0].cursor,
    });
  });
});
