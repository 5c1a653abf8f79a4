import { pullEvents } from '@cort/events';
import { startGraph, type Graph } from './graph';

// contract/web/RegisterParticipant.graphql, and who may read a participant.
describe('contract: web (participants)', () => {
  let graph: Graph;
  let coordinator: string;
  const input = (overrides: Record<string, unknown> = {}) => ({
    prisonId: 'HAREN',
    detaineeNumber: '2026/0042',
    firstName: 'Jan',
    lastName: 'Van den Broeck',
    gender: 'MALE',
    legalStatus: 'SUSPECT',
    languages: ['nl', 'fr'],
    section: 'Sectie B',
    ...overrides,
  });

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  it('registers a detainee of the caller’s prison, with the display name as first name and initial', async () => {
    const answer = await graph.run('web/RegisterParticipant.graphql', { input: input() }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.registerParticipant.participant).toEqual({
      id: expect.any(String),
      displayName: 'Jan V.',
      gender: 'MALE',
      legalStatus: 'SUSPECT',
      prison: { id: 'HAREN' },
    });
  });

  it('refuses the same detainee number again with a CONFLICT naming the existing id', async () => {
    const first = await graph.run('web/RegisterParticipant.graphql', { input: input({ detaineeNumber: 'HAR-77' }) }, coordinator);
    const again = await graph.run(
      'web/RegisterParticipant.graphql',
      { input: input({ detaineeNumber: 'HAR-77', firstName: 'Other' }) },
      coordinator,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', existingId: first.data.registerParticipant.participant.id });
    expect(again.errors?.[0].message).toContain(first.data.registerParticipant.participant.id);
  });

  it('settles concurrent registrations of one number with one participant and CONFLICTs for the rest', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        graph.run('web/RegisterParticipant.graphql', { input: input({ detaineeNumber: 'RACE-1' }) }, coordinator),
      ),
    );
    const created = answers.filter((a) => !a.errors);
    expect(created).toHaveLength(1);
    const id = created[0].data.registerParticipant.participant.id;
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT' && a.errors[0].extensions.existingId === id)).toHaveLength(
      7,
    );
  });

  it('refuses bad input naming the field and never echoing it; another prison is FORBIDDEN', async () => {
    const bad = await graph.run('web/RegisterParticipant.graphql', { input: input({ detaineeNumber: '', firstName: ' ' }) }, coordinator);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'detaineeNumber' });
    const gent = await graph.run('web/RegisterParticipant.graphql', { input: input({ prisonId: 'GENT' }) }, coordinator);
    expect(gent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a participant to the prison’s coordinators and staff only; others get what an unknown id gets', async () => {
    const registered = await graph.run('web/RegisterParticipant.graphql', { input: input({ detaineeNumber: 'HAR-88' }) }, coordinator);
    const id = registered.data.registerParticipant.participant.id;
    const read = (token: string, participantId = id) =>
      graph.send(`query($id: ID!) { participant(id: $id) { detaineeNumber status } }`, { id: participantId }, token);
    expect((await read(coordinator)).data.participant).toEqual({ detaineeNumber: 'HAR-88', status: 'IN_CUSTODY' });
    expect((await read(await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] }))).errors).toBeUndefined();
    // A role that never reads participants is refused whatever the id; a coordinator elsewhere gets NOT_FOUND.
    for (const [token, code] of [
      [await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: 'o' }), 'FORBIDDEN'],
      [await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }), 'NOT_FOUND'],
    ] as const) {
      const refused = await read(token);
      const unknown = await read(token, '00000000-0000-4000-8000-000000000000');
      expect(refused.errors?.[0].extensions?.code).toBe(code);
      expect(unknown.errors?.[0].extensions?.code).toBe(code);
      expect(JSON.stringify(refused)).not.toContain('HAR-88');
    }
  });

  it('closes the record on release or transfer, and lists and searches participants', async () => {
    const registered = await graph.run(
      'web/RegisterParticipant.graphql',
      { input: input({ detaineeNumber: 'HAR-99', firstName: 'Karim', lastName: 'Benali' }) },
      coordinator,
    );
    const id = registered.data.registerParticipant.participant.id;
    const search = await graph.send(
      `query { participants(prisonId: "HAREN", search: "benal") { totalCount edges { node { id displayName } } } }`,
      {},
      coordinator,
    );
    expect(search.data.participants.edges).toEqual([{ node: { id, displayName: 'Karim B.' } }]);
    const transfer = await graph.send(
      `mutation($id: ID!) { recordTransfer(id: $id, toPrisonId: "GENT") { participant { status transferredTo { id } } } }`,
      { id },
      coordinator,
    );
    expect(transfer.data.recordTransfer.participant).toEqual({ status: 'TRANSFERRED', transferredTo: { id: 'GENT' } });
    const release = await graph.send(`mutation($id: ID!) { recordRelease(id: $id) { participant { status } } }`, { id }, coordinator);
    expect(release.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('publishes participant events with ids and categories, never names or detainee numbers', async () => {
    const sign = graph.sign;
    const pull = () =>
      pullEvents({
        baseUrl: new URL(graph.participants.url).origin,
        consumer: 'reporting',
        producer: 'participants',
        signToken: sign,
        limit: 500,
      });
    // The feed holds back a transaction's events until every older transaction on the server has ended.
    let page = await pull();
    for (let tries = 0; !page.events.some((e) => e.type === 'ParticipantTransferred') && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      page = await pull();
    }
    expect(page.events.map((e) => e.type)).toContain('ParticipantRegistered');
    expect(page.events.map((e) => e.type)).toContain('ParticipantTransferred');
    expect(page.events[0].payload).toEqual({
      participantId: expect.any(String),
      prisonId: 'HAREN',
      gender: 'MALE',
      legalStatus: 'SUSPECT',
      status: 'IN_CUSTODY',
    });
    expect(JSON.stringify(page.events)).not.toMatch(/Jan|Broeck|Benali|Karim|2026\/0042|HAR-/);
  });
});
