import { startGraph, type Graph } from './graph';
import { movementDay, type MovementDay } from './movement-list-fixtures';

// contract/web/MovementList.graphql verbatim: every session of the prison that day that is not cancelled,
// by start time, with its room and the participants expected (ENROLLED, not suspended), by section then
// name; for prison staff and coordinators of the prison, audited.
describe('contract: the movement list', () => {
  let graph: Graph;
  let day: MovementDay;
  let prisonStaff: string;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    day = await movementDay(graph);
    prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
  }, 180_000);
  afterAll(() => graph?.stop());

  const list = (bearer: string, prisonId = 'HAREN') =>
    graph.run('web/MovementList.graphql', { prisonId, date: day.date, language: 'NL' }, bearer);

  it('lists the day’s sessions by start with their rooms, and who to bring, by section then name', async () => {
    const answer = await list(prisonStaff);
    expect(answer.errors).toBeUndefined();
    const { date, sessions } = answer.data.movementList;
    expect(date).toBe(day.date);
    const rows = sessions.map((s: any) => [
      s.session.activity.title,
      new Date(s.session.startsAt).toISOString(),
      typeof s.session.location.name,
      s.participants.map((p: any) => `${p.section}:${p.lastName} ${p.firstName}`),
    ]);
    expect(rows).toEqual([
      ['Tekenen', day.at('10:00'), 'string', ['B2:Claes Ahmed', 'B2:Claes Noor', 'null:Aerts Tom']],
      ['Koken', day.at('10:30'), 'string', ['A1:Wouters Ali', 'B2:Claes Noor']],
      ['Tekenen', day.at('14:00'), 'string', ['B2:Claes Ahmed', 'B2:Claes Noor', 'null:Aerts Tom']],
    ]);
    expect(sessions.map((s: any) => s.session.id)).not.toContain(day.cancelledSessionId);
    expect(sessions[0].participants[0]).toEqual({
      id: day.participantIds[1],
      detaineeNumber: expect.any(String),
      firstName: 'Ahmed',
      lastName: 'Claes',
      section: 'B2',
    });
  });

  it('is the same for the coordinators; audited under each participant listed', async () => {
    const answer = await list(day.coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.movementList.sessions).toHaveLength(3);
    const audited = await graph.participants.prisma.auditEvent.findMany({ where: { operationName: 'MovementList' } });
    const listed = new Set(audited.map((a) => a.participantId));
    expect([...listed].sort()).toEqual([day.participantIds[0], day.participantIds[1], day.participantIds[3], day.participantIds[4]].sort());
  });

  it('refuses partner staff, volunteers, analysts and the staff of another prison, and tells them nothing', async () => {
    const bearers = [
      await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: day.organisationId }),
      await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'], organisationId: day.organisationId }),
      await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['PRISON_STAFF'], prisons: ['GENT'] }),
    ];
    for (const bearer of bearers) {
      const answer = await list(bearer);
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(answer.data?.movementList ?? null).toBeNull();
      expect(JSON.stringify(answer)).not.toMatch(/Claes|Aerts|Wouters/);
    }
  });

  it('an empty day is an empty list', async () => {
    const answer = await graph.run('web/MovementList.graphql', { prisonId: 'HAREN', date: '2020-01-01', language: 'NL' }, prisonStaff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.movementList).toEqual({ date: '2020-01-01', sessions: [] });
  });
});
