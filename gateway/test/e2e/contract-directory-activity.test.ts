import { activityInput, at, facilitatorOf, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';

// contract/directory/Activity: the directory site's page of one activity, anonymous and cacheable.
describe('contract: directory/Activity', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  const ids: Record<string, string> = {};

  const create = async (overrides: Record<string, unknown>) => {
    const answer = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId, overrides) }, coordinator);
    expect(answer.errors).toBeUndefined();
    return answer.data.createActivity.activity.id as string;
  };
  const publish = async (id: string) =>
    expect((await graph.run('web/PublishActivity.graphql', { id }, coordinator)).errors).toBeUndefined();

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN', 'Cultuurhuis Achter de Muren');
    const facilitator = await facilitatorOf(graph, coordinator, organisationId, { prisonId: 'HAREN', validFrom: isoDate(-30) });
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    ids.published = await create({
      facilitatorIds: [facilitator],
      sessions: [
        { startsAt: at(6, 9), endsAt: at(6, 11), locationId: room.id },
        { startsAt: at(2, 9), endsAt: at(2, 11), locationId: room.id },
        { startsAt: at(4, 9), endsAt: at(4, 11), locationId: room.id },
      ],
    });
    await publish(ids.published);
    ids.draft = await create({ title: { nl: 'Nog een ontwerp' } });
    ids.cancelled = await create({ title: { nl: 'Afgelast' } });
    await publish(ids.cancelled);
    await graph.send(
      `mutation($id: ID!) { cancelActivity(id: $id, reason: "Lesgever ziek") { activity { id } } }`,
      { id: ids.cancelled },
      coordinator,
    );
    ids.archived = await create({ title: { nl: 'Voorbij' } });
    await publish(ids.archived);
    await graph.send(`mutation($id: ID!) { archiveActivity(id: $id) { activity { id } } }`, { id: ids.archived }, coordinator);
    // The earliest session is cancelled: it is not upcoming.
    const [first] = await graph.activities.prisma.session.findMany({ where: { activityId: ids.published }, orderBy: { startsAt: 'asc' } });
    await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Zaal bezet") { session { id } } }`,
      { id: first.id },
      coordinator,
    );
  });
  afterAll(() => graph?.stop());

  it('shows a published activity anonymously, in the asked language, with its prison, organisation and coming sessions', async () => {
    const answer = await graph.run('directory/Activity.graphql', { id: ids.published, language: 'FR' });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.publicActivity).toMatchObject({
      id: ids.published,
      title: 'Atelier dessin et peinture',
      category: 'SOCIOCULTURAL',
      domain: 'CULTURE',
      audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] },
      instructionLanguages: ['nl', 'fr'],
      prison: { id: 'HAREN', name: 'Prison de Haren', region: 'BRUSSELS' },
      organisation: { id: organisationId, name: 'Cultuurhuis Achter de Muren' },
    });
    expect(answer.data.publicActivity.organisation.contact).toHaveProperty('website');
    expect(answer.data.publicActivity.upcomingSessions).toEqual([
      { startsAt: new Date(at(4, 9)).toISOString(), endsAt: new Date(at(4, 11)).toISOString() },
      { startsAt: new Date(at(6, 9)).toISOString(), endsAt: new Date(at(6, 11)).toISOString() },
    ]);
    expect(answer.headers.get('cache-control')).toMatch(/public/);
    expect(JSON.stringify(answer.data)).not.toMatch(/participant|detainee|facilitator/i);
  });

  it('answers a draft, a cancelled, an archived and an unknown id with the same NOT_FOUND', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const answers = await Promise.all(
      [ids.draft, ids.cancelled, ids.archived, unknown].map((id) => graph.run('directory/Activity.graphql', { id, language: 'NL' })),
    );
    for (const [n, answer] of answers.entries()) {
      expect(answer.data?.publicActivity ?? null).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(answer.errors![0].message).toBe(`Activity ${[ids.draft, ids.cancelled, ids.archived, unknown][n]} does not exist.`);
    }
  });

  it('is the same with a coordinator token: directory operations run as the public', async () => {
    const signedIn = await graph.run('directory/Activity.graphql', { id: ids.draft, language: 'NL' }, coordinator);
    expect(signedIn.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
