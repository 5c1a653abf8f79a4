import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { activityInput, at, isoDate, partnerIn, registeredParticipant, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// Anonymous feedback forms (issue 14), the parts feedback.test.ts leaves: no log line the gateway and the
// services write while forms with a comment are entered, refused, read and projected into reporting
// carries the comment, and the data export of a participant of the activity holds nothing of the forms.
// Loggers are quiet in tests; this graph is started with them writing every line, captured from the
// process's output.
describe('anonymous feedback forms in the log lines and the data export', () => {
  let graph: Graph;
  let coordinator: string;
  let staff: string;
  let activityId: string;
  let participantId: string;
  const comment = `Mijn celgenoot Jan ${randomUUID()} was er ook.`;

  beforeAll(async () => {
    const mode = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      await linesDuring(async () => void (graph = await startGraph()));
    } finally {
      process.env.NODE_ENV = mode;
    }
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    const input = activityInput('HAREN', organisationId, {
      startsOn: isoDate(-10),
      sessions: [{ startsAt: at(-1, 10), endsAt: at(-1, 11), locationId: room.id }],
    });
    activityId = (await graph.run('web/CreateActivity.graphql', { input }, coordinator)).data.createActivity.activity.id;
    await graph.run('web/PublishActivity.graphql', { id: activityId }, coordinator);
    await eventually(
      () => graph.participants.prisma.activityView.findUnique({ where: { id: activityId } }),
      (view) => view?.status === 'PUBLISHED',
    );
    participantId = await registeredParticipant(graph, coordinator);
    const enrolled = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId, participantId, idempotencyKey: `anonymity-${activityId}` } },
      coordinator,
    );
    expect(enrolled.data.requestEnrolment.enrolment.status).toBe('ENROLLED');
  });
  afterAll(() => graph?.stop());

  /** Every line written to stdout and stderr while `work` runs (kept from the test's own output). */
  async function linesDuring(work: () => Promise<void>) {
    const lines: string[] = [];
    const keep = (chunk: unknown) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    };
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(keep);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(keep);
    try {
      await work();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    return lines;
  }

  it('writes no log line with a comment, whether the forms are taken, refused, read or projected', async () => {
    const form = (satisfaction: number) => ({ satisfaction, learned: 4, atmosphere: 5, wouldRecommend: true, comment });
    const record = (forms: unknown[]) => graph.run('mobile/RecordFeedback.graphql', { input: { activityId, forms } }, staff);
    const lines = await linesDuring(async () => {
      expect((await record([form(4), form(5), form(3), form(4), form(5)])).errors).toBeUndefined();
      // Refused (a score of 6): the gateway logs the answer with errors, never the input beside it.
      expect((await record([form(6)])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const read = await graph.send('query($id: ID!) { activity(id: $id) { feedbackComments } }', { id: activityId }, coordinator);
      expect(read.data.activity.feedbackComments).toEqual([comment, comment, comment, comment, comment]);
      // Reporting follows the participants feed: its lines while it projects the forms count too.
      await eventually(
        () => graph.reporting.prisma.reportFeedbackForm.count({ where: { activityId } }),
        (count) => count === 5,
      );
    });
    // The capture worked: the refused call's line is among them, as JSON with its service.
    const logged = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(logged.some((l) => l.message === 'answered with errors' && l.codes?.includes('BAD_USER_INPUT'))).toBe(true);
    const words = comment.split(' ').filter((word) => word.length > 6);
    for (const line of lines) for (const word of [comment, ...words]) expect(line).not.toContain(word);
  });

  it('holds nothing of the forms in the data export of a participant of the activity', async () => {
    await eventually(
      () => graph.reporting.prisma.reportEnrolment.count({ where: { participantId } }),
      (count) => count === 1,
    );
    const exported = await graph.send(
      'query($id: ID!) { participantDataExport(participantId: $id) { participants reporting } }',
      { id: participantId },
      coordinator,
    );
    expect(exported.errors).toBeUndefined();
    expect(exported.data.participantDataExport.participants.enrolments).toEqual([expect.objectContaining({ activityId })]);
    const text = JSON.stringify(exported.data);
    expect(text).not.toContain(comment);
    expect(text).not.toMatch(/feedback|satisfaction|atmosphere|wouldRecommend/i);
  });

  // contract/mobile/RecordFeedback: "no one can read single answers". The graph has no type with a form's
  // scores; they exist only as input and as the figures' averages and share.
  it('offers no type that reads a single form', () => {
    const supergraph = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'));
    const withScores = supergraph.definitions.flatMap((definition) =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) &&
      definition.fields?.some((field) => /^(satisfaction|learned|atmosphere|wouldRecommend)$/.test(field.name.value))
        ? [definition.name.value]
        : [],
    );
    expect(withScores).toEqual([]);
  });
});
