import { codes, startActivities } from './harness';

type Subgraph = Awaited<ReturnType<typeof startActivities>>;

describe('activities subgraph over HTTP', () => {
  let subgraph: Subgraph;
  const ids: Record<string, string> = {};
  const coordinator = { roles: ['COORDINATOR' as const], prisons: ['HAREN'] };

  beforeAll(async () => {
    subgraph = await startActivities();
    const base = {
      prisonId: 'HAREN',
      category: 'SOCIOCULTURAL' as const,
      domain: 'CULTURE' as const,
      titleNl: 'Theater',
      genders: ['MALE' as const],
      legalStatuses: ['CONVICTED' as const],
      instructionLanguages: ['nl'],
      capacity: 8,
      startsOn: new Date('2026-01-01'),
      endsOn: new Date('2027-12-31'),
    };
    ids.draft = (await subgraph.prisma.activity.create({ data: { ...base, organisationId: 'org-a', facilitatorIds: ['person-v'] } })).id;
    ids.published = (await subgraph.prisma.activity.create({ data: { ...base, organisationId: 'org-b', status: 'PUBLISHED' } })).id;
    ids.gentDraft = (await subgraph.prisma.activity.create({ data: { ...base, prisonId: 'GENT', organisationId: 'org-a' } })).id;
  });
  afterAll(() => subgraph?.stop());

  it('answers 401 before GraphQL runs without a valid internal token, _service and _entities included', async () => {
    for (const query of [
      '{ prisons { id } }',
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Activity", id: "x" }]) { __typename } }',
    ]) {
      const missing = await subgraph.post(query, {}, 'none');
      expect(missing.status).toBe(401);
      expect(codes(missing)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await subgraph.post('{ prisons { id } }', {}, coordinator, 'organisations')).status).toBe(401);
  });

  it('resolves Activity references by the same visibility rule as a direct read', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id status } } }`;
    const representations = [ids.draft, ids.published, ids.gentDraft].map((id) => ({ __typename: 'Activity', id }));
    const anonymous = await subgraph.post(query, { r: representations }, { kind: 'anonymous' });
    expect(anonymous.body.data._entities).toEqual([null, { id: ids.published, status: 'PUBLISHED' }, null]);
    const own = await subgraph.post(query, { r: representations }, coordinator);
    expect(own.body.data._entities.map((e: any) => e?.id ?? null)).toEqual([ids.draft, ids.published, null]);
  });

  it('shows partner staff only their organisation’s activities and volunteers only what they facilitate', async () => {
    const query = `query { activities(prisonId: "HAREN") { totalCount edges { node { id } } } }`;
    const staff = await subgraph.post(query, {}, { roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: 'org-a' });
    expect(staff.body.data.activities.edges.map((e: any) => e.node.id)).toEqual([ids.draft]);
    const volunteer = await subgraph.post(query, {}, { sub: 'person-v', roles: ['VOLUNTEER'], prisons: ['HAREN'] });
    expect(volunteer.body.data.activities.totalCount).toBe(1);
    const everything = await subgraph.post(query, {}, { roles: ['ANALYST'], prisons: ['HAREN'] });
    expect(everything.body.data.activities.totalCount).toBe(2);
    expect(codes(await subgraph.post(query, {}, { roles: ['ANALYST'], prisons: ['GENT'] }))).toEqual(['FORBIDDEN']);
  });

  it('archives only published activities and keeps archived and cancelled ones final', async () => {
    const move = (name: string, id: string, extra = '') =>
      subgraph.post(`mutation($id: ID!) { ${name}(id: $id${extra}) { activity { status } } }`, { id }, coordinator);
    expect(codes(await move('archiveActivity', ids.draft))).toEqual(['BAD_USER_INPUT']);
    expect((await move('archiveActivity', ids.published)).body.data.archiveActivity.activity.status).toBe('ARCHIVED');
    expect(codes(await move('cancelActivity', ids.published, ', reason: "te laat"'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await move('cancelActivity', ids.draft, ', reason: " "'))).toEqual(['BAD_USER_INPUT']);
    expect((await move('cancelActivity', ids.draft, ', reason: "Geen lesgever"')).body.data.cancelActivity.activity.status).toBe(
      'CANCELLED',
    );
    const edit = await subgraph.post(
      `mutation($id: ID!) { updateActivity(id: $id, input: { capacity: 12 }) { activity { capacity } } }`,
      { id: ids.draft },
      coordinator,
    );
    expect(codes(edit)).toEqual(['BAD_USER_INPUT']);
  });

  it('updates only the given fields and checks them', async () => {
    const created = await subgraph.prisma.activity.create({
      data: {
        prisonId: 'HAREN',
        organisationId: 'org-a',
        category: 'EDUCATIONAL',
        domain: 'EDUCATION',
        titleNl: 'NT2',
        titleFr: 'Néerlandais',
        genders: ['MALE'],
        legalStatuses: ['SUSPECT'],
        instructionLanguages: ['nl'],
        capacity: 8,
        startsOn: new Date('2026-01-01'),
        endsOn: new Date('2026-12-31'),
      },
    });
    const update = (input: Record<string, unknown>) =>
      subgraph.post(
        `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { activity { capacity title(language: FR) endsOn } } }`,
        { id: created.id, input },
        coordinator,
      );
    expect((await update({ capacity: 14, title: { en: 'Dutch' } })).body.data.updateActivity.activity).toEqual({
      capacity: 14,
      title: 'Dutch',
      endsOn: '2026-12-31',
    });
    expect((await update({ endsOn: '2025-06-30' })).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect((await update({ capacity: 0 })).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
  });
});
