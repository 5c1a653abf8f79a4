import { randomUUID } from 'node:crypto';
import { belgianDate } from '@cort/common';
import { todaysSessions } from './day-sessions-fixtures';
import { startGraph, type Graph } from './graph';

// The movement list costs the same SQL statements in the participants service for a day of 3 sessions as
// for a day of 30: the sessions with who is expected, the participants, the audit.
describe('movement list statements per request stay flat', () => {
  let graph: Graph;

  beforeAll(async () => {
    // No background polling of the feeds: its statements would count too.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
  });
  afterAll(() => graph?.stop());

  it('answers a day of 30 sessions with the same statements as of 3', async () => {
    const organisationId = randomUUID();
    const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['BRUGGE'] });
    // The first of each session's three is suspended today: not on the list.
    const addSessions = todaysSessions(graph, organisationId, async (enrolled) => {
      if (enrolled.index !== 0) return;
      await graph.participants.prisma.enrolmentSuspension.create({
        data: {
          enrolmentId: enrolled.enrolmentId,
          participantId: enrolled.participantId,
          activityId: enrolled.activityId,
          prisonId: 'BRUGGE',
          from: enrolled.dayStart,
          until: enrolled.dayStart,
          startsAt: enrolled.dayStart,
          endsAt: new Date(enrolled.dayStart.getTime() + 86_400_000),
          reason: 'HOSPITAL',
          suspendedBy: 'test',
        },
      });
    });
    async function statementsFor(sessions: number) {
      graph.statements.participants.reset();
      const answer = await graph.run(
        'web/MovementList.graphql',
        { prisonId: 'BRUGGE', date: belgianDate(new Date()), language: 'NL' },
        staff,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.movementList.sessions).toHaveLength(sessions);
      for (const session of answer.data.movementList.sessions)
        expect(session.participants.map((p: any) => p.section)).toEqual(['B1', 'B2']);
      return graph.statements.participants.count;
    }
    await addSessions(3);
    const three = await statementsFor(3);
    await addSessions(27);
    expect(await statementsFor(30)).toBe(three);
    expect(three).toBeLessThanOrEqual(6);
  });
});
