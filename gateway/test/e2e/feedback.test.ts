import { activityInput, at, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// Anonymous feedback forms (issue 14): contract/mobile/RecordFeedback verbatim, the averages in the
// evaluation's figures from five forms on, comments for the prison's coordinators only, and nothing that
// links a form to a participant or a session in any table, event or export.
describe('anonymous feedback forms', () => {
  let graph: Graph;
  let coordinator: string;
  let staff: string;
  let organisationId: string;
  let activityId: string;

  const form = (satisfaction: number, comment?: string) => ({
    satisfaction,
    learned: 4,
    atmosphere: 5,
    wouldRecommend: satisfaction > 2,
    comment,
  });
  const record = (forms: unknown[], token = staff, id = activityId) =>
    graph.run('mobile/RecordFeedback.graphql', { input: { activityId: id, forms } }, token);
  const figures = async () =>
    (
      await graph.send(
        'query($id: ID!) { activity(id: $id) { evaluationFigures { feedbackForms averageSatisfaction averageLearned wouldRecommendShare } } }',
        { id: activityId },
        coordinator,
      )
    ).data?.activity.evaluationFigures;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    const input = activityInput('HAREN', organisationId, {
      startsOn: isoDate(-10),
      sessions: [{ startsAt: at(-1, 10), endsAt: at(-1, 11), locationId: room.id }],
    });
    activityId = (await graph.run('web/CreateActivity.graphql', { input }, coordinator)).data.createActivity.activity.id;
    await graph.run('web/PublishActivity.graphql', { id: activityId }, coordinator);
    // The participants service learns of the activity from the activities feed.
    await eventually(
      () => graph.participants.prisma.activityView.findUnique({ where: { id: activityId } }),
      (view) => view?.status === 'PUBLISHED',
    );
  });
  afterAll(() => graph?.stop());

  it('takes the forms from the facilitators, averages appearing in the figures from five forms on', async () => {
    const first = await record([form(5, 'Jan was een goede lesgever.'), form(4), form(2), form(5)]);
    expect(first.errors).toBeUndefined();
    expect(first.data.recordFeedback).toEqual({ activity: { id: activityId }, formsReceived: 4 });
    expect(await eventually(figures, (f) => f?.feedbackForms === 4)).toEqual({
      feedbackForms: 4,
      averageSatisfaction: null,
      averageLearned: null,
      wouldRecommendShare: null,
    });
    const second = await record([form(4)], coordinator);
    expect(second.data.recordFeedback.formsReceived).toBe(5);
    expect(await eventually(figures, (f) => f?.feedbackForms === 5)).toEqual({
      feedbackForms: 5,
      averageSatisfaction: 4,
      averageLearned: 4,
      wouldRecommendShare: 0.8,
    });
  });

  it('refuses a score outside 1–5 with BAD_USER_INPUT, others’ activities with FORBIDDEN or NOT_FOUND, writing nothing', async () => {
    const before = await graph.participants.prisma.feedbackForm.count();
    expect((await record([form(3), { ...form(3), learned: 6 }])).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'forms[1].learned',
    });
    const otherOrganisation = await graph.token({
      roles: ['PARTNER_STAFF'],
      prisons: ['HAREN'],
      organisationId: '0a000000-0000-4000-8000-0000000000ff',
    });
    expect((await record([form(3)], otherOrganisation)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    expect((await record([form(3)], gent)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await graph.participants.prisma.feedbackForm.count()).toBe(before);
  });

  it("shows the comments to the prison's coordinators only", async () => {
    const query = 'query($id: ID!) { activity(id: $id) { feedbackComments } }';
    const read = await graph.send(query, { id: activityId }, coordinator);
    expect(read.data.activity.feedbackComments).toEqual(['Jan was een goede lesgever.']);
    const refused = await graph.send(query, { id: activityId }, staff);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('links no form to a participant or a session: not in a table, an event, a report or an export', async () => {
    const columns = async (db: { $queryRawUnsafe: (sql: string) => Promise<unknown> }, table: string) =>
      (
        (await db.$queryRawUnsafe(
          `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY column_name`,
        )) as { column_name: string }[]
      ).map((c) => c.column_name);
    expect(await columns(graph.participants.prisma, 'FeedbackForm')).toEqual(
      ['activityId', 'atmosphere', 'comment', 'id', 'learned', 'prisonId', 'receivedOn', 'satisfaction', 'wouldRecommend'].sort(),
    );
    expect(await columns(graph.reporting.prisma, 'ReportFeedbackForm')).toEqual(
      ['activityId', 'atmosphere', 'id', 'learned', 'prisonId', 'receivedOn', 'satisfaction', 'wouldRecommend'].sort(),
    );
    const events = await graph.participants.prisma.outboxEvent.findMany({ where: { type: 'FeedbackRecorded' } });
    expect(events).toHaveLength(2);
    for (const { payload } of events) {
      expect(Object.keys(payload as object).sort()).toEqual(['activityId', 'forms', 'prisonId', 'receivedOn']);
      for (const f of (payload as { forms: object[] }).forms) {
        expect(Object.keys(f).sort()).toEqual(['atmosphere', 'formId', 'learned', 'satisfaction', 'wouldRecommend']);
      }
    }
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain('lesgever');
    const reported = await graph.reporting.prisma.reportFeedbackForm.findMany();
    expect(JSON.stringify(reported)).not.toContain('lesgever');
  });
});
