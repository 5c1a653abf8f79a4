import { at, facilitatorOf, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { activityWithSessions } from './sessions-fixtures';

// Issue 13: when a facilitator's prison access permit lapses or is withdrawn, or they are suspended or
// leave (inactive), the sessions already planned after that day with them are listed for the coordinator to replace them; nothing is unplanned.
// The list costs the same SQL statements in each service for 3 sessions as for 30.
const AT_RISK = `query($prisonId: ID!) {
  sessionsAtRisk(prisonId: $prisonId) { session { id startsAt status activity { id } } facilitators { person { id } reason from } }
}`;

describe('sessionsAtRisk', () => {
  let graph: Graph;
  let coordinator: string;
  let haren: { organisationId: string; eva: string; tom: string; sessionIds: string[]; activityId: string };
  let gentFacilitator: string;

  /** The coordinator withdraws the person's permit from the day after tomorrow on: it holds until tomorrow. */
  async function lapse(personId: string) {
    const permit = await graph.organisations.prisma.clearance.findFirstOrThrow({ where: { personId, kind: 'PRISON_ACCESS' } });
    const answer = await graph.send(
      `mutation($input: WithdrawClearanceInput!) { withdrawClearance(input: $input) { person { clearances { withdrawnFrom validUntil grantedUntil } } } }`,
      { input: { id: permit.id, from: isoDate(2) } },
      coordinator,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.withdrawClearance.person.clearances).toContainEqual({
      withdrawnFrom: isoDate(2),
      validUntil: isoDate(1),
      grantedUntil: null,
    });
    const again = await graph.send(
      `mutation($input: WithdrawClearanceInput!) { withdrawClearance(input: $input) { person { id } } }`,
      {
        input: { id: permit.id, from: isoDate(2) },
      },
      coordinator,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  }

  beforeAll(async () => {
    // No background feed polling or sweeping: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] });
    const permit = (prisonId: string) => ({ prisonId, validFrom: isoDate(-30) });

    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const eva = await facilitatorOf(graph, coordinator, organisationId, permit('HAREN'));
    const tom = await facilitatorOf(graph, coordinator, organisationId, permit('HAREN'));
    const [harenRoom] = await roomsOf(graph, coordinator, 'HAREN');
    const harenSlots = [3, 10, 20].map((day): [string, string, string] => [at(day, 9), at(day, 10), harenRoom.id]);
    const planned = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, harenSlots, { facilitatorIds: [eva, tom] });
    haren = { organisationId, eva, tom, sessionIds: planned.sessionIds, activityId: planned.id };

    const gentOrganisation = await partnerIn(graph, coordinator, 'GENT');
    gentFacilitator = await facilitatorOf(graph, coordinator, gentOrganisation, permit('GENT'));
    const [gentRoom] = await roomsOf(graph, coordinator, 'GENT');
    const gentSlots = Array.from({ length: 30 }, (_, i): [string, string, string] => [at(10 + i, 9), at(10 + i, 10), gentRoom.id]);
    await activityWithSessions(graph, coordinator, 'GENT', gentOrganisation, gentSlots, { facilitatorIds: [gentFacilitator] });
  });
  afterAll(() => graph?.stop());

  it('lists nothing while every facilitator is cleared', async () => {
    const answer = await graph.send(AT_RISK, { prisonId: 'HAREN' }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.sessionsAtRisk).toEqual([]);
  });

  it('lists the planned sessions after a permit lapses, with the facilitator, why and from when, leaving them scheduled', async () => {
    await lapse(haren.eva);
    const answer = await graph.send(AT_RISK, { prisonId: 'HAREN' }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.sessionsAtRisk).toEqual(
      haren.sessionIds.map((id) => ({
        session: { id, startsAt: expect.any(String), status: 'SCHEDULED', activity: { id: haren.activityId } },
        facilitators: [{ person: { id: haren.eva }, reason: 'NO_PRISON_ACCESS', from: isoDate(3) }],
      })),
    );
    expect(await graph.activities.prisma.session.count({ where: { id: { in: haren.sessionIds }, status: 'SCHEDULED' } })).toBe(3);
  });

  it('is for the coordinators of the prison only', async () => {
    const tokens = await Promise.all([
      graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }),
      graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] }),
      graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: haren.organisationId }),
      graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'], sub: haren.eva }),
    ]);
    for (const token of tokens) {
      const answer = await graph.send(AT_RISK, { prisonId: 'HAREN' }, token);
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    expect((await graph.send(AT_RISK, { prisonId: 'HAREN' }, policyCoordinator)).data.sessionsAtRisk).toHaveLength(3);
  });

  it('costs the same SQL statements in each service for 3 sessions at risk as for 30', async () => {
    await lapse(gentFacilitator);
    async function statementsFor(prisonId: string, expected: number) {
      graph.statements.activities.reset();
      graph.statements.organisations.reset();
      const answer = await graph.send(AT_RISK, { prisonId }, coordinator);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.sessionsAtRisk).toHaveLength(expected);
      return { activities: graph.statements.activities.count, organisations: graph.statements.organisations.count };
    }
    expect(await statementsFor('GENT', 30)).toEqual(await statementsFor('HAREN', 3));
  });

  it('lists the sessions of a suspended or inactive facilitator from the day the status takes effect, each with its reason, at the same cost', async () => {
    const antwerpen = await graph.token({ roles: ['COORDINATOR'], prisons: ['ANTWERPEN'] });
    const organisationId = await partnerIn(graph, antwerpen, 'ANTWERPEN');
    const permit = { prisonId: 'ANTWERPEN', validFrom: isoDate(-30) };
    const [suspended, inactive, active] = await Promise.all([1, 2, 3].map(() => facilitatorOf(graph, antwerpen, organisationId, permit)));
    const [room] = await roomsOf(graph, antwerpen, 'ANTWERPEN');
    const slots = [3, 10, 20].map((day): [string, string, string] => [at(day, 9), at(day, 10), room.id]);
    const planned = await activityWithSessions(graph, antwerpen, 'ANTWERPEN', organisationId, slots, {
      facilitatorIds: [suspended, inactive, active],
    });
    for (const [personId, status, since] of [
      [suspended, 'SUSPENDED', isoDate(11)],
      [inactive, 'INACTIVE', isoDate(4)],
    ]) {
      const changed = await graph.send(
        `mutation($input: SetPersonStatusInput!) { setPersonStatus(input: $input) { person { status statusSince } } }`,
        { input: { personId, status, since } },
        antwerpen,
      );
      expect(changed.errors).toBeUndefined();
      expect(changed.data.setPersonStatus.person).toEqual({ status, statusSince: since });
    }

    graph.statements.activities.reset();
    graph.statements.organisations.reset();
    const answer = await graph.send(AT_RISK, { prisonId: 'ANTWERPEN' }, antwerpen);
    const statements = { activities: graph.statements.activities.count, organisations: graph.statements.organisations.count };
    expect(answer.errors).toBeUndefined();
    const session = (id: string) => ({ id, startsAt: expect.any(String), status: 'SCHEDULED', activity: { id: planned.id } });
    const leftOn = { person: { id: inactive }, reason: 'PERSON_INACTIVE', from: isoDate(4) };
    // The session of the third day comes before either change; the active facilitator is never listed.
    expect(answer.data.sessionsAtRisk).toEqual([
      { session: session(planned.sessionIds[1]), facilitators: [leftOn] },
      {
        session: session(planned.sessionIds[2]),
        facilitators: [{ person: { id: suspended }, reason: 'PERSON_SUSPENDED', from: isoDate(11) }, leftOn],
      },
    ]);

    graph.statements.activities.reset();
    graph.statements.organisations.reset();
    expect((await graph.send(AT_RISK, { prisonId: 'HAREN' }, coordinator)).data.sessionsAtRisk).toHaveLength(3);
    expect(statements).toEqual({ activities: graph.statements.activities.count, organisations: graph.statements.organisations.count });
  });
});
