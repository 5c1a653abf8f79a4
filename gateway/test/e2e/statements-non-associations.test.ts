import { startGraph, type Graph } from './graph';

// A page of participants with their non-associations, the pair and its history costs the same statements
// in the participants database for 3 participants as for 30: one batch each, the audit trail one insert.
describe('non-association statements per request stay flat as the page grows', () => {
  let graph: Graph;
  let coordinator: string;
  let added = 0;

  const QUERY = `query($first: Int) { participants(prisonId: "HAREN", search: "Apart", first: $first) { edges { node {
    id nonAssociations { reason closedAt participants { id displayName } history { action by } } } } } }`;

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  /** Participants written straight into the database, each kept apart from a new other one, every other pair closed and reopened. */
  async function addPairs(count: number) {
    const p = graph.participants.prisma;
    for (let n = 0; n < count; n++, added++) {
      const [a, b] = await Promise.all(
        ['Apart', 'Other'].map((lastName) =>
          p.participant.create({
            data: {
              prisonId: 'HAREN',
              detaineeNumber: `NA-${lastName}-${added}`,
              firstName: 'Bart',
              lastName: `${lastName} ${String(added).padStart(3, '0')}`,
              gender: 'MALE',
              legalStatus: 'CONVICTED',
              registeredBy: 'test',
            },
          }),
        ),
      );
      const [participantAId, participantBId] = [a.id, b.id].sort();
      const actions = added % 2 ? (['OPENED', 'CLOSED', 'REOPENED'] as const) : (['OPENED'] as const);
      await p.nonAssociation.create({
        data: {
          prisonId: 'HAREN',
          participantAId,
          participantBId,
          reason: 'GANG_RELATED',
          openedBy: 'test',
          changes: { create: actions.map((action) => ({ action, by: 'test' })) },
        },
      });
    }
  }

  async function statementsFor(first: number) {
    graph.statements.participants.reset();
    const answer = await graph.send(QUERY, { first }, coordinator);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.participants.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(first);
    for (const node of nodes) {
      expect(node.nonAssociations).toHaveLength(1);
      expect(node.nonAssociations[0].participants.map((p: any) => p.id)).toContain(node.id);
      expect(node.nonAssociations[0].history.length).toBeGreaterThanOrEqual(1);
    }
    return graph.statements.participants.count;
  }

  it('costs the same with 3 and with 30 participants', async () => {
    await addPairs(3);
    const three = await statementsFor(3);
    await addPairs(27);
    expect(await statementsFor(30)).toBe(three);
    // Participants and their count, non-associations, the other people, histories, the audit trail.
    expect(three).toBeLessThanOrEqual(10);
  });
});
