import { activityInput, isoDate, partnerIn } from './fixtures';
import { startGraph, type Graph } from './graph';
import { assessmentInput, recordedAssessment } from './needs-fixtures';

// Needs assessments and the needs → offer loop (issue 14): contract/web/RecordNeedsAssessment and
// contract/web/UnmetNeeds verbatim, answersWishIds on createActivity and updateActivity, and who may do what.
describe('needs assessments and the needs overview', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;

  const record = (input: Record<string, unknown>, token = coordinator) => graph.run('web/RecordNeedsAssessment.graphql', { input }, token);
  const overview = (token = coordinator, language = 'NL') => graph.run('web/UnmetNeeds.graphql', { prisonId: 'HAREN', language }, token);
  const counts = async () => ({
    assessments: await graph.activities.prisma.needsAssessment.count(),
    wishes: await graph.activities.prisma.wish.count(),
  });

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('records an assessment with its target group and wishes, topics falling back to fr', async () => {
    const answer = await record(assessmentInput());
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordNeedsAssessment.needsAssessment).toEqual({
      id: expect.any(String),
      conductedFrom: assessmentInput().conductedFrom,
      conductedUntil: assessmentInput().conductedUntil,
      method: 'GROUP_TALK',
      respondents: 18,
      targetGroup: { genders: ['FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'], languages: ['ar'] },
      wishes: [
        { id: expect.any(String), topic: 'Yoga', domain: 'SPORT', count: 12 },
        { id: expect.any(String), topic: 'Cours de néerlandais', domain: 'EDUCATION', count: 15 },
      ],
    });
  });

  it.each([
    ['a count above the number of respondents', { respondents: 10 }, 'wishes[0].count'],
    ['a period ending before it starts', { conductedUntil: '2020-01-01' }, 'conductedUntil'],
    ['no wish at all', { wishes: [] }, 'wishes'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, overrides, field) => {
    const before = await counts();
    const answer = await record(assessmentInput(overrides));
    expect(answer.data).toBeFalsy();
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('is written by coordinators of the prison only, and read by its analysts and prison staff', async () => {
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    expect((await record(assessmentInput(), gent)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    expect((await record(assessmentInput(), analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    const year = Number(assessmentInput().conductedUntil.slice(0, 4));
    const read = await graph.send(
      'query($p: ID!, $y: Int!) { needsAssessments(prisonId: $p, year: $y) { id method note wishes { count } } }',
      { p: 'HAREN', y: year },
      staff,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.needsAssessments.length).toBeGreaterThan(0);
    for (const token of [analyst]) expect((await overview(token)).errors).toBeUndefined();
    const partner = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    expect((await overview(partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await overview(gent)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('follows each wish to the activities answering it: unanswered first, the most asked for first, answered once one is published', async () => {
    const assessment = await recordedAssessment(graph, coordinator, {
      respondents: 40,
      wishes: [
        { topic: { nl: 'Koken' }, domain: 'HEALTH', count: 30 },
        { topic: { nl: 'Schilderen' }, domain: 'CULTURE', count: 39 },
        { topic: { nl: 'Sollicitatietraining' }, domain: 'EMPLOYMENT', count: 35 },
      ],
    });
    const [cooking, painting, jobs] = assessment.wishes.map((wish) => wish.id);
    const created = await graph.run(
      'web/CreateActivity.graphql',
      { input: activityInput('HAREN', organisationId, { answersWishIds: [painting] }) },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const paintingId = created.data.createActivity.activity.id;
    expect((await graph.run('web/PublishActivity.graphql', { id: paintingId }, coordinator)).errors).toBeUndefined();
    const other = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) }, coordinator);
    const draftId = other.data.createActivity.activity.id;
    const updated = await graph.send(
      'mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { activity { answersWishes { id } } } }',
      { id: draftId, input: { answersWishIds: [jobs, jobs] } },
      coordinator,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateActivity.activity.answersWishes).toEqual([{ id: jobs }]);

    const answer = await overview();
    expect(answer.errors).toBeUndefined();
    const mine = answer.data.needsOverview.filter((entry: { wish: { id: string } }) => [cooking, painting, jobs].includes(entry.wish.id));
    expect(mine.map((entry: { wish: { topic: string }; answered: boolean }) => [entry.wish.topic, entry.answered])).toEqual([
      ['Sollicitatietraining', false],
      ['Koken', false],
      ['Schilderen', true],
    ]);
    expect(mine[0].activities).toEqual([{ id: draftId, title: 'Atelier tekenen en schilderen', status: 'DRAFT' }]);
    expect(mine[2].activities).toEqual([{ id: paintingId, title: 'Atelier tekenen en schilderen', status: 'PUBLISHED' }]);
    expect(mine[2].wish.assessment).toEqual({ id: assessment.id, conductedUntil: assessmentInput().conductedUntil, respondents: 40 });
    const all = answer.data.needsOverview as { answered: boolean; wish: { count: number } }[];
    const firstAnswered = all.findIndex((entry) => entry.answered);
    expect(all.slice(firstAnswered).every((entry) => entry.answered)).toBe(true);
  });

  it('looks back two years: the wishes of an assessment that ended 23 months ago are there, those of one 26 months ago are not', async () => {
    const recent = await recordedAssessment(graph, coordinator, { conductedFrom: isoDate(-710), conductedUntil: isoDate(-700) });
    const old = await recordedAssessment(graph, coordinator, { conductedFrom: isoDate(-800), conductedUntil: isoDate(-790) });
    const answer = await overview();
    expect(answer.errors).toBeUndefined();
    const assessments = new Set(
      answer.data.needsOverview.map((entry: { wish: { assessment: { id: string } } }) => entry.wish.assessment.id),
    );
    expect(assessments.has(recent.id)).toBe(true);
    expect(assessments.has(old.id)).toBe(false);
  });

  it('refuses answersWishIds naming a wish of another prison or none, writing nothing', async () => {
    const gentCoordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const gentWish = (await recordedAssessment(graph, gentCoordinator, { prisonId: 'GENT' })).wishes[0].id;
    const before = await graph.activities.prisma.activity.count();
    for (const ids of [[gentWish], ['7d1f0c1e-0000-4000-8000-000000000000']]) {
      const answer = await graph.run(
        'web/CreateActivity.graphql',
        { input: activityInput('HAREN', organisationId, { answersWishIds: ids }) },
        coordinator,
      );
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answersWishIds' });
    }
    expect(await graph.activities.prisma.activity.count()).toBe(before);
  });

  it('updates an assessment: wishes kept by id keep their answers, an answered wish cannot be dropped', async () => {
    const assessment = await recordedAssessment(graph, coordinator);
    const [yoga, dutch] = assessment.wishes;
    await graph.run(
      'web/CreateActivity.graphql',
      { input: activityInput('HAREN', organisationId, { answersWishIds: [yoga.id] }) },
      coordinator,
    );
    const update = (input: Record<string, unknown>) =>
      graph.send(
        'mutation($input: UpdateNeedsAssessmentInput!) { updateNeedsAssessment(input: $input) { needsAssessment { respondents note wishes { id count } } } }',
        { input: { id: assessment.id, ...input } },
        coordinator,
      );
    const dropped = await update({ wishes: [{ id: dutch.id, topic: { fr: 'Néerlandais' }, domain: 'EDUCATION', count: 15 }] });
    expect(dropped.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'wishes' });
    const tooFew = await update({ respondents: 12 });
    expect(tooFew.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'wishes[1].count' });
    const done = await update({
      respondents: 20,
      note: 'Aangevuld na tweede gesprek.',
      wishes: [
        { id: yoga.id, topic: { nl: 'Yoga' }, domain: 'SPORT', count: 14 },
        { topic: { nl: 'Bibliotheek' }, domain: 'CULTURE', count: 3 },
      ],
    });
    expect(done.errors).toBeUndefined();
    expect(done.data.updateNeedsAssessment.needsAssessment).toEqual({
      respondents: 20,
      note: 'Aangevuld na tweede gesprek.',
      wishes: [
        { id: yoga.id, count: 14 },
        { id: expect.any(String), count: 3 },
      ],
    });
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const hidden = await graph.send(
      'mutation($input: UpdateNeedsAssessmentInput!) { updateNeedsAssessment(input: $input) { needsAssessment { id } } }',
      { input: { id: assessment.id, respondents: 30 } },
      gent,
    );
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('puts counts and codes on the feed, never topics or the note', async () => {
    const events = await graph.activities.prisma.outboxEvent.findMany({
      where: { type: { in: ['NeedsAssessmentRecorded', 'NeedsAssessmentUpdated', 'ActivityWishesLinked'] } },
    });
    expect(events.length).toBeGreaterThan(3);
    const wire = JSON.stringify(events.map((event) => event.payload));
    for (const text of ['Yoga', 'Koken', 'néerlandais', 'Gesprek', 'Aangevuld']) expect(wire).not.toContain(text);
  });
});
