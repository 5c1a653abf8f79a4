import { startGraph, type Graph } from './graph';
import { registeredParticipant } from './fixtures';

// The contract's web/RecordNonAssociation with every promise of its comment, and closing, reopening,
// Participant.nonAssociations: only the coordinators and prison staff of the prison ever see one; partner
// staff and volunteers get the same answer whether one exists or not.
/** What an answer's errors tell, with the id asked for written as <id>. */
const shape = (errors: { message: string; extensions?: Record<string, any> }[] | undefined, id: string) =>
  errors?.map((e) => ({ code: e.extensions?.code, message: e.message.replaceAll(id, '<id>') }));

describe('non-associations (contract)', () => {
  let graph: Graph;
  let coordinator: string;
  let prisonStaff: string;

  const record = (input: Record<string, unknown>, bearer = coordinator) =>
    graph.run('web/RecordNonAssociation.graphql', { input: { prisonId: 'HAREN', reason: 'CO_ACCUSED', ...input } }, bearer);

  const pair = async () => [await registeredParticipant(graph, coordinator), await registeredParticipant(graph, coordinator)];

  const NON_ASSOCIATIONS = `query($id: ID!) { participant(id: $id) { nonAssociations {
    id reason note openedAt openedBy closedAt participants { id displayName } history { action by at reason } } } }`;
  const nonAssociationsOf = (id: string, bearer = coordinator) => graph.send(NON_ASSOCIATIONS, { id }, bearer);

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  it('records a pair by prison staff, with who and when, and both see it on their record', async () => {
    const [a, b] = await pair();
    const answer = await record({ participantIds: [b, a], note: 'Co-beklaagden, bevel onderzoeksrechter.' }, prisonStaff);
    expect(answer.errors).toBeUndefined();
    const recorded = answer.data.recordNonAssociation.nonAssociation;
    expect(recorded).toEqual({
      id: expect.any(String),
      reason: 'CO_ACCUSED',
      participants: expect.any(Array),
      openedAt: expect.any(String),
      closedAt: null,
    });
    expect(recorded.participants.map((p: any) => p.id).sort()).toEqual([a, b].sort());

    for (const id of [a, b]) {
      const seen = await nonAssociationsOf(id);
      expect(seen.errors).toBeUndefined();
      expect(seen.data.participant.nonAssociations).toEqual([
        expect.objectContaining({
          id: recorded.id,
          note: 'Co-beklaagden, bevel onderzoeksrechter.',
          closedAt: null,
          history: [{ action: 'OPENED', by: expect.any(String), at: expect.any(String), reason: null }],
        }),
      ]);
    }
    // The read is audited under both people of the pair.
    const audited = await graph.participants.prisma.auditEvent.findMany({
      where: { participantId: { in: [a, b] }, categories: { has: 'NON_ASSOCIATIONS' } },
    });
    expect(new Set(audited.map((e) => e.participantId))).toEqual(new Set([a, b]));
  });

  it('refuses the same pair twice while open (CONFLICT), one, three or the same participant twice, and a participant of another prison', async () => {
    const [a, b] = await pair();
    expect((await record({ participantIds: [a, b] })).errors).toBeUndefined();
    const again = await record({ participantIds: [b, a], reason: 'THREAT' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const elsewhere = await registeredParticipant(graph, gent, { prisonId: 'GENT' });
    for (const participantIds of [[a], [a, b, elsewhere], [a, a], [a, elsewhere], [a, '00000000-0000-4000-8000-000000000000']]) {
      const refused = await record({ participantIds });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantIds' });
    }
    // An unknown id and one of another prison read the same.
    const unknown = await record({ participantIds: [a, '00000000-0000-4000-8000-000000000000'] });
    const otherPrison = await record({ participantIds: [a, elsewhere] });
    expect(unknown.errors?.[0].message).toBe(otherPrison.errors?.[0].message);
  });

  it('closes with a reason and reopens, with the history; closing twice is a CONFLICT', async () => {
    const [a, b] = await pair();
    const id = (await record({ participantIds: [a, b], reason: 'VIOLENCE' })).data.recordNonAssociation.nonAssociation.id;
    const close = (reason: string, bearer = coordinator, which = id) =>
      graph.send(
        `mutation($id: ID!, $reason: String!) { closeNonAssociation(id: $id, reason: $reason) { nonAssociation { id closedAt } } }`,
        { id: which, reason },
        bearer,
      );
    expect((await close('  ')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const closed = await close('Zaak afgesloten.', prisonStaff);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeNonAssociation.nonAssociation.closedAt).toEqual(expect.any(String));
    expect((await close('Nog eens.')).errors?.[0].extensions?.code).toBe('CONFLICT');
    // Closed, the pair may be recorded again; then reopening the old one would make two open: a CONFLICT.
    const fresh = await record({ participantIds: [a, b], reason: 'THREAT' });
    expect(fresh.errors).toBeUndefined();
    const reopen = () =>
      graph.send(
        `mutation($id: ID!) { reopenNonAssociation(id: $id, reason: "Nieuwe feiten.") { nonAssociation { id closedAt } } }`,
        { id },
        coordinator,
      );
    expect((await reopen()).errors?.[0].extensions?.code).toBe('CONFLICT');
    const duplicate = fresh.data.recordNonAssociation.nonAssociation.id;
    expect((await close('Dubbel.', coordinator, duplicate)).errors).toBeUndefined();
    const reopened = await reopen();
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data.reopenNonAssociation.nonAssociation).toEqual({ id, closedAt: null });

    const list = (await nonAssociationsOf(a)).data.participant.nonAssociations;
    expect(list[0]).toMatchObject({ id, closedAt: null, reason: 'VIOLENCE' });
    expect(list[0].history.map((h: any) => [h.action, h.reason])).toEqual([
      ['OPENED', null],
      ['CLOSED', 'Zaak afgesloten.'],
      ['REOPENED', 'Nieuwe feiten.'],
    ]);
    expect(list[1]).toMatchObject({ reason: 'THREAT', closedAt: expect.any(String) });
  });

  it('tells partner staff, volunteers, analysts and another prison nothing: the same answer with or without one', async () => {
    const [a, b] = await pair();
    const [c] = await pair();
    const id = (await record({ participantIds: [a, b] })).data.recordNonAssociation.nonAssociation.id;
    const outsiders = [
      await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: '0a000000-0000-4000-8000-000000000002' }),
      await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }),
    ];
    const unknownId = '00000000-0000-4000-8000-000000000000';
    for (const bearer of outsiders) {
      const seen = (await nonAssociationsOf(a, bearer)).errors?.map((e) => e.extensions?.code);
      const none = (await nonAssociationsOf(c, bearer)).errors?.map((e) => e.extensions?.code);
      expect(seen).toEqual(none);
      const closing = `mutation($id: ID!) { closeNonAssociation(id: $id, reason: "x") { nonAssociation { id } } }`;
      const existing = await graph.send(closing, { id }, bearer);
      const missing = await graph.send(closing, { id: unknownId }, bearer);
      expect(existing.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(shape(existing.errors, id)).toEqual(shape(missing.errors, unknownId));
      const recording = await record({ participantIds: [a, b] }, bearer);
      expect(recording.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(recording.errors?.[0].message).not.toMatch(/already|kept apart/);
    }
    expect((await nonAssociationsOf(a)).data.participant.nonAssociations).toHaveLength(1);
  });
});
