import { attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// contract/web/EvaluateActivity verbatim, the figures its comment promises (issue 14): sessions held and
// cancelled, the attendance rate, dropouts, and the feedback average, null below five forms, all from
// reporting's projections of what the facilitators and coordinators recorded through the graph.
describe('the figures an evaluation rests on', () => {
  let graph: Graph;
  let world: AttendanceWorld;

  const objectives = [{ objective: 'Regelmatig komen', result: 'PARTLY_MET' }];
  const evaluate = () =>
    graph.run(
      'web/EvaluateActivity.graphql',
      { input: { activityId: world.activityId, objectives, decision: 'ADJUST' }, language: 'NL' },
      world.coordinator,
    );
  const figures = () =>
    graph.send(
      'query($id: ID!) { activity(id: $id) { evaluationFigures { sessionsHeld sessionsCancelled attendanceRate dropouts feedbackForms averageSatisfaction } } }',
      { id: world.activityId },
      world.coordinator,
    );
  const form = (satisfaction: number) => ({ satisfaction, learned: 3, atmosphere: 4, wouldRecommend: true });
  const recordForms = (scores: number[]) =>
    graph.run('mobile/RecordFeedback.graphql', { input: { activityId: world.activityId, forms: scores.map(form) } }, world.staff);

  beforeAll(async () => {
    graph = await startGraph();
    // Ten participants, a session held two days ago, one cancelled yesterday, one to come.
    world = await attendanceWorld(graph, { sessionHours: [-50, -26, 48], participants: 10 });
    const cancelled = await graph.send(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "Staking.", reasonCode: STRIKE) { session { id } } }',
      { id: world.sessionIds[1] },
      world.coordinator,
    );
    expect(cancelled.errors).toBeUndefined();
    // Five came, five did not; those five dropped out afterwards.
    const marks = world.participantIds.map((participantId, i) => ({ participantId, code: i < 5 ? 'PRESENT' : 'ABSENT_UNEXCUSED' }));
    expect((await recordAttendance(graph, world.staff, world.sessionIds[0], marks)).errors).toBeUndefined();
    const enrolments = await graph.participants.prisma.enrolment.findMany({
      where: { activityId: world.activityId, participantId: { in: world.participantIds.slice(5) } },
    });
    for (const { id } of enrolments) {
      const dropped = await graph.send(
        'mutation($id: ID!) { markDroppedOut(id: $id, reason: "Kwam niet meer.") { enrolment { status } } }',
        { id },
        world.coordinator,
      );
      expect(dropped.errors).toBeUndefined();
    }
  });
  afterAll(() => graph?.stop());

  it('shows sessions held and cancelled, the attendance rate, dropouts and no average below five forms', async () => {
    expect((await recordForms([4, 5, 3, 4])).errors).toBeUndefined();
    const expected = {
      sessionsHeld: 1,
      sessionsCancelled: 1,
      attendanceRate: 0.5,
      dropouts: 5,
      feedbackForms: 4,
      averageSatisfaction: null,
    };
    await eventually(figures, (answer) => JSON.stringify(answer.data?.activity.evaluationFigures) === JSON.stringify(expected));
    const answer = await evaluate();
    expect(answer.errors).toBeUndefined();
    expect(answer.data.evaluateActivity.evaluation.activity.evaluationFigures).toEqual(expected);
  });

  it('shows the feedback average from the fifth form on', async () => {
    expect((await recordForms([4])).data.recordFeedback.formsReceived).toBe(5);
    await eventually(figures, (answer) => answer.data?.activity.evaluationFigures?.feedbackForms === 5);
    const answer = await evaluate();
    expect(answer.errors).toBeUndefined();
    expect(answer.data.evaluateActivity.evaluation.activity.evaluationFigures).toEqual({
      sessionsHeld: 1,
      sessionsCancelled: 1,
      attendanceRate: 0.5,
      dropouts: 5,
      feedbackForms: 5,
      averageSatisfaction: 4,
    });
  });

  // contract/web/PlanNextEdition after CONTINUE: every part its comment names is copied, the period is the new one.
  it('plans the next edition after CONTINUE: texts, audience, organisation, facilitators, capacity and objectives copied', async () => {
    const continued = await graph.run(
      'web/EvaluateActivity.graphql',
      { input: { activityId: world.activityId, objectives, decision: 'CONTINUE' }, language: 'NL' },
      world.coordinator,
    );
    expect(continued.errors).toBeUndefined();
    const next = { activityId: world.activityId, startsOn: '2031-01-06', endsOn: '2031-03-28' };
    const planned = await graph.run('web/PlanNextEdition.graphql', { input: next }, world.coordinator);
    expect(planned.errors).toBeUndefined();
    const copy = planned.data.planNextEdition.activity;
    expect(copy).toEqual({ id: expect.any(String), status: 'DRAFT', previousEdition: { id: world.activityId } });
    const parts = `title(language: FR) summary(language: NL) audience { genders legalStatuses } organisation { id } facilitators { id }
      capacity objectives category domain instructionLanguages`;
    const read = await graph.send(
      `query($id: ID!, $copy: ID!) { original: activity(id: $id) { ${parts} nextEdition { id } } copy: activity(id: $copy) { ${parts} startsOn endsOn } }`,
      { id: world.activityId, copy: copy.id },
      world.coordinator,
    );
    expect(read.errors).toBeUndefined();
    const { nextEdition, ...original } = read.data.original;
    expect(nextEdition).toEqual({ id: copy.id });
    expect(original.facilitators).toEqual([{ id: world.personId }]);
    expect(read.data.copy).toEqual({ ...original, startsOn: next.startsOn, endsOn: next.endsOn });
    // A second next edition is a CONFLICT, writing nothing.
    const again = await graph.run('web/PlanNextEdition.graphql', { input: next }, world.coordinator);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await graph.activities.prisma.edition.count({ where: { previousId: world.activityId } })).toBe(1);
  });
});
