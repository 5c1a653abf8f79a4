import { activityInput, at, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { recordedAssessment } from './needs-fixtures';
import { eventually } from './wait';

// Evaluation and the next edition (issue 14): contract/web/EvaluateActivity and contract/web/PlanNextEdition
// verbatim; the figures come from reporting's projections of the activities and participants feeds.
describe('evaluating an activity and planning its next edition', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let room: string;

  const objectives = [
    { objective: 'Basiswoordenschat Nederlands', result: 'MET', comment: 'Iedereen haalde de toets.' },
    { objective: 'Zelfstandig een formulier invullen', result: 'PARTLY_MET' },
  ];
  const evaluate = (input: Record<string, unknown>, token = coordinator) =>
    graph.run('web/EvaluateActivity.graphql', { input, language: 'NL' }, token);
  const plan = (input: Record<string, unknown>, token = coordinator) => graph.run('web/PlanNextEdition.graphql', { input }, token);

  let hour = 6;
  /** A published activity with two sessions held (2 and 1 days ago) and one to come, each activity at its own hour. */
  async function ranActivity(overrides: Record<string, unknown> = {}) {
    hour++;
    const input = activityInput('HAREN', organisationId, {
      startsOn: isoDate(-10),
      objectives: objectives.map((o) => o.objective),
      sessions: [-2, -1, 3].map((day) => ({ startsAt: at(day, hour), endsAt: at(day, hour + 1), locationId: room })),
      ...overrides,
    });
    const created = await graph.run('web/CreateActivity.graphql', { input }, coordinator);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const id = created.data.createActivity.activity.id as string;
    const published = await graph.run('web/PublishActivity.graphql', { id }, coordinator);
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    return id;
  }

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    room = (await roomsOf(graph, coordinator, 'HAREN'))[0].id;
  });
  afterAll(() => graph?.stop());

  it('records the evaluation with the figures it rests on; a second one is an update with history', async () => {
    const activityId = await ranActivity();
    const input = { activityId, objectives, worked: 'Kleine groep.', adjustments: 'Meer oefenmateriaal.', decision: 'ADJUST' };
    // The figures come from reporting once its feeds have caught up with the sessions: wait for them with a
    // read, since every evaluation after the first is an update that adds to the history.
    await eventually(
      () => graph.send('query($id: ID!) { activity(id: $id) { evaluationFigures { sessionsHeld } } }', { id: activityId }, coordinator),
      (answer) => answer.data?.activity.evaluationFigures?.sessionsHeld === 2,
    );
    const first = await evaluate(input);
    expect(first.errors).toBeUndefined();
    const evaluation = first.data.evaluateActivity.evaluation;
    expect(evaluation).toEqual({
      id: expect.any(String),
      decision: 'ADJUST',
      objectives: [objectives[0], { ...objectives[1], comment: null }],
      adjustments: 'Meer oefenmateriaal.',
      evaluatedAt: expect.any(String),
      activity: {
        id: activityId,
        title: 'Atelier tekenen en schilderen',
        evaluationFigures: {
          sessionsHeld: 2,
          sessionsCancelled: 0,
          attendanceRate: null,
          dropouts: 0,
          feedbackForms: 0,
          averageSatisfaction: null,
        },
      },
    });
    const again = await evaluate({ ...input, decision: 'CONTINUE' });
    expect(again.data.evaluateActivity.evaluation).toMatchObject({ id: evaluation.id, decision: 'CONTINUE' });
    const read = await graph.send(
      'query($id: ID!) { activity(id: $id) { evaluation { decision history { decision worked } } } }',
      { id: activityId },
      coordinator,
    );
    expect(read.data.activity.evaluation).toEqual({ decision: 'CONTINUE', history: [{ decision: 'ADJUST', worked: 'Kleine groep.' }] });
    const events = await graph.activities.prisma.outboxEvent.findMany({ where: { type: 'ActivityEvaluated' } });
    expect(events.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({ activityId, decision: 'CONTINUE', results: ['MET', 'PARTLY_MET'] }),
    );
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/Kleine|oefenmateriaal|toets/);
  });

  it('refuses a draft, no objective, other roles and other prisons, writing nothing', async () => {
    const created = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) }, coordinator);
    const draft = created.data.createActivity.activity.id;
    expect((await evaluate({ activityId: draft, objectives, decision: 'STOP' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'activityId',
    });
    const ran = await ranActivity();
    expect((await evaluate({ activityId: ran, objectives: [], decision: 'STOP' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'objectives',
    });
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    expect((await evaluate({ activityId: ran, objectives, decision: 'STOP' }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    // Published activities are public: seen, but not theirs to evaluate.
    expect((await evaluate({ activityId: ran, objectives, decision: 'STOP' }, gent)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await evaluate({ activityId: draft, objectives, decision: 'STOP' }, gent)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await graph.activities.prisma.evaluation.count({ where: { activityId: { in: [draft, ran] } } })).toBe(0);
  });

  it('plans one next edition after ADJUST: a linked DRAFT copy with the changes and the wishes it answers', async () => {
    const { wishes } = await recordedAssessment(graph, coordinator);
    const activityId = await ranActivity({ answersWishIds: [wishes[0].id], capacity: 8 });
    const next = { activityId, startsOn: isoDate(30), endsOn: isoDate(90), changes: { capacity: 12 } };
    expect((await plan(next)).errors?.[0].extensions?.code).toBe('CONFLICT'); // not evaluated yet
    expect((await evaluate({ activityId, objectives, decision: 'ADJUST' })).errors).toBeUndefined();
    const planned = await plan(next);
    expect(planned.errors).toBeUndefined();
    const copy = planned.data.planNextEdition.activity;
    expect(copy).toEqual({ id: expect.any(String), status: 'DRAFT', previousEdition: { id: activityId } });
    const read = await graph.send(
      `query($id: ID!, $copy: ID!) {
        original: activity(id: $id) { nextEdition { id } }
        copy: activity(id: $copy) { capacity objectives startsOn title audience { genders } answersWishes { id } sessions { id } }
      }`,
      { id: activityId, copy: copy.id },
      coordinator,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.original.nextEdition).toEqual({ id: copy.id });
    expect(read.data.copy).toEqual({
      capacity: 12,
      objectives: objectives.map((o) => o.objective),
      startsOn: isoDate(30),
      title: 'Atelier tekenen en schilderen',
      audience: { genders: ['MALE', 'FEMALE'] },
      answersWishes: [{ id: wishes[0].id }],
      sessions: [],
    });
    expect((await plan(next)).errors?.[0].extensions?.code).toBe('CONFLICT'); // a second next edition
  });

  it('refuses a next edition after STOP with CONFLICT, and bad changes with BAD_USER_INPUT', async () => {
    const activityId = await ranActivity();
    await evaluate({ activityId, objectives, decision: 'STOP' });
    const before = await graph.activities.prisma.activity.count();
    const stopped = await plan({ activityId, startsOn: isoDate(30), endsOn: isoDate(60) });
    expect(stopped.errors?.[0].extensions?.code).toBe('CONFLICT');
    await evaluate({ activityId, objectives, decision: 'CONTINUE' });
    const backwards = await plan({ activityId, startsOn: isoDate(60), endsOn: isoDate(30) });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const noCapacity = await plan({ activityId, startsOn: isoDate(30), endsOn: isoDate(60), changes: { capacity: 0 } });
    expect(noCapacity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changes.capacity' });
    expect(await graph.activities.prisma.activity.count()).toBe(before);
  });
});
