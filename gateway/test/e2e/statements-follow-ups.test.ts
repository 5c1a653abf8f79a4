import { randomUUID } from 'node:crypto';
import { contract, startGraph, type Graph } from './graph';

// The coordinators' list of follow-ups (web/DropoutFollowUps, verbatim) costs the same statements in the
// participants database for a page of 3 and a page of 30: participants and enrolments come in one batch
// each, the conversation is on the row, the audit trail is one insert.
describe('dropout follow-up statements per request stay flat as the list grows', () => {
  let graph: Graph;
  let coordinator: string;
  let added = 0;

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  /** Follow-ups written straight into the participants database, every other one with its conversation. */
  async function addFollowUps(count: number) {
    const p = graph.participants.prisma;
    for (let n = 0; n < count; n++, added++) {
      const participant = await p.participant.create({
        data: {
          prisonId: 'HAREN',
          detaineeNumber: `F-${added}`,
          firstName: 'Luc',
          lastName: `Willems ${added}`,
          gender: 'MALE',
          legalStatus: 'CONVICTED',
          registeredBy: 'test',
        },
      });
      const activityId = randomUUID();
      const enrolment = await p.enrolment.create({
        data: { participantId: participant.id, activityId, status: 'DROPPED_OUT', idempotencyKey: randomUUID() },
      });
      const done = added % 2 === 1;
      await p.dropoutFollowUp.create({
        data: {
          prisonId: 'HAREN',
          enrolmentId: enrolment.id,
          participantId: participant.id,
          activityId,
          trigger: added % 3 ? 'DROPPED_OUT' : 'ABSENCES',
          absencesInRow: added % 3 ? null : 3,
          openedAt: new Date(Date.now() - (1000 - added) * 60_000),
          ...(done && {
            status: 'DONE' as const,
            conversationHeldOn: new Date(),
            conversationReasons: ['HEALTH' as const],
            conversationOutcome: 'NEXT_EDITION' as const,
            conversationNote: 'Volgende editie.',
          }),
        },
      });
    }
  }

  async function statementsFor(first: number) {
    graph.statements.participants.reset();
    const answer = await graph.send(contract('web/DropoutFollowUps.graphql'), { prisonId: 'HAREN', language: 'NL', first }, coordinator);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.dropoutFollowUps.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(first);
    for (const node of nodes) {
      expect(node.participant.displayName).toMatch(/^Luc W\.$/);
      expect(node.enrolment.status).toBe('DROPPED_OUT');
      expect(node.conversation === null).toBe(node.status === 'OPEN');
    }
    return graph.statements.participants.count;
  }

  it('costs the same with 3 and with 30 follow-ups', async () => {
    await addFollowUps(3);
    const three = await statementsFor(3);
    await addFollowUps(27);
    expect(await statementsFor(30)).toBe(three);
    // The page and its count, the participants, the enrolments, and the audit trail's one insert.
    expect(three).toBeLessThanOrEqual(8);
  });
});
