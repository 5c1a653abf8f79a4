import { randomUUID } from 'node:crypto';
import { startGraph, type Graph } from './graph';

// The prison staff's queue of requests for security advice, with each enrolment and participant, costs the
// same statements in the participants database for a page of 3 and a page of 30: one batch each.
describe('security advice statements per request stay flat as the queue grows', () => {
  let graph: Graph;
  let prisonStaff: string;

  const QUERY = `query($first: Int) { securityAdviceRequests(prisonId: "HAREN", status: PENDING, first: $first) { totalCount edges { node {
    id status dueOn advice enrolment { id status participant { displayName detaineeNumber section } } } } } }`;

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  /** Pending requests written straight into the participants database, each of its own participant in screening. */
  async function addRequests(count: number) {
    const p = graph.participants.prisma;
    for (let n = 0; n < count; n++) {
      const participant = await p.participant.create({
        data: {
          prisonId: 'HAREN',
          detaineeNumber: `SA-${randomUUID()}`,
          firstName: 'Eddy',
          lastName: 'Wouters',
          gender: 'MALE',
          legalStatus: 'CONVICTED',
          section: 'Sectie A',
          registeredBy: 'test',
        },
      });
      const activityId = randomUUID();
      const enrolment = await p.enrolment.create({
        data: { participantId: participant.id, activityId, status: 'IN_SCREENING', idempotencyKey: randomUUID() },
      });
      await p.securityAdviceRequest.create({
        data: { prisonId: 'HAREN', enrolmentId: enrolment.id, participantId: participant.id, activityId, dueOn: new Date() },
      });
    }
  }

  async function statementsFor(first: number) {
    graph.statements.participants.reset();
    const answer = await graph.send(QUERY, { first }, prisonStaff);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.securityAdviceRequests.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(first);
    for (const node of nodes)
      expect(node.enrolment.participant).toEqual({ displayName: 'Eddy W.', detaineeNumber: expect.any(String), section: 'Sectie A' });
    return graph.statements.participants.count;
  }

  it('costs the same with 3 and with 30 requests', async () => {
    await addRequests(3);
    const three = await statementsFor(3);
    await addRequests(27);
    expect(await statementsFor(30)).toBe(three);
    // Requests and their count, enrolments, activity views, participants, the audit trail.
    expect(three).toBeLessThanOrEqual(10);
  });
});
