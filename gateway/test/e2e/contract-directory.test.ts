import { activityInput, at, facilitatorOf, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';

// contract/directory: the public directory site, anonymous.
describe('contract: directory', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  const ids: Record<string, string> = {};

  const create = async (overrides: Record<string, unknown>) => {
    const answer = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId, overrides) }, coordinator);
    expect(answer.errors).toBeUndefined();
    return answer.data.createActivity.activity.id as string;
  };
  const publish = (id: string) => graph.run('web/PublishActivity.graphql', { id }, coordinator);

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN', 'Cultuurhuis Achter de Muren');
    const facilitator = await facilitatorOf(graph, coordinator, organisationId, { prisonId: 'HAREN', validFrom: isoDate(-30) });
    const [room, otherRoom] = await roomsOf(graph, coordinator, 'HAREN');
    ids.published = await create({
      facilitatorIds: [facilitator],
      sessions: [
        { startsAt: at(9, 9), endsAt: at(9, 11), locationId: room.id },
        { startsAt: at(2, 9), endsAt: at(2, 11), locationId: room.id },
        { startsAt: at(5, 13), endsAt: at(5, 15), locationId: otherRoom.id },
        { startsAt: at(3, 9), endsAt: at(3, 11), locationId: room.id },
      ],
    });
    ids.onlyDutch = await create({ title: { nl: 'Leesclub' }, summary: null, category: 'EDUCATIONAL', domain: 'EDUCATION' });
    ids.draft = await create({ title: { en: 'Still a draft' } });
    ids.cancelled = await create({ title: { nl: 'Afgelast' } });
    for (const id of [ids.published, ids.onlyDutch, ids.cancelled]) expect((await publish(id)).errors).toBeUndefined();
    const cancelled = await graph.send(
      `mutation($id: ID!) { cancelActivity(id: $id, reason: "Lesgever ziek") { activity { status } } }`,
      { id: ids.cancelled },
      coordinator,
    );
    expect(cancelled.data.cancelActivity.activity.status).toBe('CANCELLED');
    // One session of the published activity is cancelled and one is already over: neither is upcoming.
    const sessions = await graph.activities.prisma.session.findMany({ where: { activityId: ids.published }, orderBy: { startsAt: 'asc' } });
    const cancel = await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Zaal bezet") { session { status } } }`,
      { id: sessions[0].id },
      coordinator,
    );
    expect(cancel.errors).toBeUndefined();
    await graph.activities.prisma.session.create({
      data: { activityId: ids.published, locationId: room.id, startsAt: new Date(at(-1, 9)), endsAt: new Date(at(-1, 11)) },
    });
  });
  afterAll(() => graph?.stop());

  it('Prisons: lists every prison with its name in the asked language, anonymously', async () => {
    const answer = await graph.run('directory/Prisons.graphql', { language: 'FR' });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.prisons).toContainEqual({ id: 'HAREN', name: 'Prison de Haren', region: 'BRUSSELS' });
    expect(answer.data.prisons).toContainEqual({ id: 'GENT', name: 'Prison de Gand', region: 'FLANDERS' });
  });

  it('PublicOffer: only published activities, anonymously, with organisation and prison', async () => {
    const answer = await graph.run('directory/PublicOffer.graphql', { language: 'FR', prisonId: 'HAREN' });
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.publicOffer.edges.map((edge: any) => edge.node);
    expect(nodes.map((n: any) => n.id).sort()).toEqual([ids.published, ids.onlyDutch].sort());
    expect(answer.data.publicOffer.totalCount).toBe(2);
    const published = nodes.find((n: any) => n.id === ids.published);
    expect(published).toMatchObject({
      title: 'Atelier dessin et peinture',
      summary: 'Wekelijks atelier met een kunstenaar.', // no French summary: falls back to Dutch
      category: 'SOCIOCULTURAL',
      domain: 'CULTURE',
      audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] },
      instructionLanguages: ['nl', 'fr'],
      prison: { id: 'HAREN', name: 'Prison de Haren' },
      organisation: { id: organisationId, name: 'Cultuurhuis Achter de Muren' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/participant|detainee/i);
  });

  it('PublicOffer: the next scheduled sessions from now, earliest first, never cancelled or past ones', async () => {
    const answer = await graph.run('directory/PublicOffer.graphql', { language: 'NL', prisonId: 'HAREN' });
    const published = answer.data.publicOffer.edges.find((edge: any) => edge.node.id === ids.published).node;
    // Sessions on day 2 (cancelled), 3, 5 and 9 ahead, and one yesterday: the first three upcoming are 3, 5, 9.
    expect(published.upcomingSessions).toEqual([
      { startsAt: new Date(at(3, 9)).toISOString(), endsAt: new Date(at(3, 11)).toISOString() },
      { startsAt: new Date(at(5, 13)).toISOString(), endsAt: new Date(at(5, 15)).toISOString() },
      { startsAt: new Date(at(9, 9)).toISOString(), endsAt: new Date(at(9, 11)).toISOString() },
    ]);
  });

  it('PublicOffer: falls back to another language, never to null, when a text is missing', async () => {
    const answer = await graph.run('directory/PublicOffer.graphql', { language: 'EN', prisonId: 'HAREN', category: 'EDUCATIONAL' });
    expect(answer.data.publicOffer.edges.map((edge: any) => edge.node.title)).toEqual(['Leesclub']);
    expect(answer.data.publicOffer.edges[0].node.summary).toBeNull();
  });

  it('PublicOffer: pages with first and after', async () => {
    const first = await graph.run('directory/PublicOffer.graphql', { language: 'NL', prisonId: 'HAREN', first: 1 });
    expect(first.data.publicOffer.pageInfo.hasNextPage).toBe(true);
    const next = await graph.run('directory/PublicOffer.graphql', {
      language: 'NL',
      prisonId: 'HAREN',
      first: 1,
      after: first.data.publicOffer.pageInfo.endCursor,
    });
    expect(next.data.publicOffer.pageInfo.hasNextPage).toBe(false);
    const seen = [first, next].map((a) => a.data.publicOffer.edges[0].node.id);
    expect(new Set(seen).size).toBe(2);
    const tooMany = await graph.run('directory/PublicOffer.graphql', { language: 'NL', first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('PublicOffer without a prison lists the published offer of every prison', async () => {
    const answer = await graph.run('directory/PublicOffer.graphql', { language: 'NL', first: 100 });
    expect(answer.data.publicOffer.edges.every((edge: any) => edge.node.prison.id)).toBe(true);
    expect(answer.data.publicOffer.edges.map((e: any) => e.node.id)).not.toContain(ids.draft);
  });
});
