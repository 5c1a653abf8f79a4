import { organisationWithPeople } from './cort-fixtures';
import { isoDate } from './fixtures';
import { startGraph, type Graph } from './graph';

const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { organisation { id } } }`;
const RECORD_CLEARANCE = `mutation($input: RecordClearanceInput!) { recordClearance(input: $input) { person { id } } }`;
const RECORD_HOURS = `mutation($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { person { id } } }`;
const EXPIRING = `query($p: ID!, $d: Int!) { expiringAgreements(prisonId: $p, withinDays: $d) { kind validUntil organisation { id } prisons { id } } }`;

// contract/web/PartnerOverview: each organisation of a prison with its agreements (validity, current), its
// people with the clearances lapsing within 60 days, and its volunteers' hours of the year.
describe('contract: web/PartnerOverview (agreements, expiring clearances, volunteer hours)', () => {
  let graph: Graph;
  let coordinator: string;
  let partner: { organisationId: string; personIds: string[] };
  const year = Number(isoDate(0).slice(0, 4));
  const send = async (query: string, input: Record<string, unknown>, token = coordinator) => {
    const answer = await graph.send(query, { input }, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  };

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] });
    partner = await organisationWithPeople(graph, coordinator, ['HAREN', 'GENT'], 'Vrijwilligers Haren', [
      { firstName: 'Greet', lastName: 'Willems', role: 'VOLUNTEER' },
      { firstName: 'Youssef', lastName: 'Amrani', role: 'VOLUNTEER' },
    ]);
    const { organisationId, personIds } = partner;
    await send(RECORD_AGREEMENT, {
      organisationId,
      prisonIds: ['HAREN'],
      kind: 'VOLUNTEER_AGREEMENT',
      validFrom: isoDate(-300),
      validUntil: isoDate(30),
      documentReference: 'VA-2026-7',
    });
    await send(RECORD_AGREEMENT, {
      organisationId,
      prisonIds: [],
      kind: 'RECOGNITION',
      validFrom: isoDate(-700),
      validUntil: isoDate(-400),
    });
    await send(RECORD_CLEARANCE, {
      personId: personIds[0],
      kind: 'PRISON_ACCESS',
      prisonId: 'HAREN',
      validFrom: isoDate(-100),
      validUntil: isoDate(20),
    });
    await send(RECORD_CLEARANCE, { personId: personIds[0], kind: 'CHARTER', validFrom: isoDate(-100), validUntil: isoDate(200) });
    await send(RECORD_CLEARANCE, { personId: personIds[1], kind: 'TRAINING', validFrom: isoDate(-100), validUntil: isoDate(-1) });
    const hours = (date: string, h: number, prisonId = 'HAREN') => ({
      personId: personIds[0],
      prisonId,
      date,
      hours: h,
      kind: 'PREPARATION',
    });
    await send(RECORD_HOURS, hours(`${year}-01-15`, 2.5));
    await send(RECORD_HOURS, {
      ...hours(`${year}-01-16`, 1.25),
      personId: personIds[1],
      kind: 'TRAINING',
      note: 'Opleiding nieuwe vrijwilligers.',
    });
    await send(RECORD_HOURS, hours(`${year - 1}-12-31`, 3)); // last year
    await send(RECORD_HOURS, hours(`${year}-02-01`, 4, 'GENT')); // another prison
  });
  afterAll(() => graph?.stop());

  it('shows the agreements with their validity, the clearances lapsing within 60 days and the hours of the year', async () => {
    const answer = await graph.run('web/PartnerOverview.graphql', { prisonId: 'HAREN', year }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.organisations).toEqual([
      {
        id: partner.organisationId,
        name: 'Vrijwilligers Haren',
        kind: 'STRUCTURAL_PARTNER',
        agreements: [
          { kind: 'VOLUNTEER_AGREEMENT', validFrom: isoDate(-300), validUntil: isoDate(30), current: true },
          { kind: 'RECOGNITION', validFrom: isoDate(-700), validUntil: isoDate(-400), current: false },
        ],
        people: [
          { id: partner.personIds[1], displayName: 'Youssef A.', role: 'VOLUNTEER', expiringClearances: [] },
          {
            id: partner.personIds[0],
            displayName: 'Greet W.',
            role: 'VOLUNTEER',
            expiringClearances: [{ kind: 'PRISON_ACCESS', validUntil: isoDate(20) }],
          },
        ],
        volunteerHours: 3.75,
      },
    ]);
    const gent = await graph.run('web/PartnerOverview.graphql', { prisonId: 'GENT', year }, coordinator);
    expect(gent.data.organisations[0].volunteerHours).toBe(4);
  });

  it('lists the agreements of a prison lapsing within the days asked, for its coordinators only', async () => {
    const soon = await graph.send(EXPIRING, { p: 'HAREN', d: 60 }, coordinator);
    expect(soon.errors).toBeUndefined();
    expect(soon.data.expiringAgreements).toEqual([
      { kind: 'VOLUNTEER_AGREEMENT', validUntil: isoDate(30), organisation: { id: partner.organisationId }, prisons: [{ id: 'HAREN' }] },
    ]);
    expect((await graph.send(EXPIRING, { p: 'HAREN', d: 10 }, coordinator)).data.expiringAgreements).toEqual([]);
    expect((await graph.send(EXPIRING, { p: 'GENT', d: 60 }, coordinator)).data.expiringAgreements).toEqual([]);
    expect((await graph.send(EXPIRING, { p: 'HAREN', d: -1 }, coordinator)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'withinDays',
    });
    const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    expect((await graph.send(EXPIRING, { p: 'HAREN', d: 60 }, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("lists a person's clearances lapsing within the days asked; a window out of range is BAD_USER_INPUT", async () => {
    const EXPIRING_CLEARANCES = `query($id: ID!, $d: Int!) { person(id: $id) { expiringClearances(withinDays: $d) { kind validUntil } } }`;
    const within = (d: number) => graph.send(EXPIRING_CLEARANCES, { id: partner.personIds[0], d }, coordinator);
    // The permit lapses in 20 days, the charter in 200: each within its window only (days apart from the
    // bounds, so the Brussels date a day after UTC's near midnight changes nothing).
    expect((await within(10)).data.person.expiringClearances).toEqual([]);
    expect((await within(100)).data.person.expiringClearances).toEqual([{ kind: 'PRISON_ACCESS', validUntil: isoDate(20) }]);
    expect((await within(300)).data.person.expiringClearances).toEqual([
      { kind: 'PRISON_ACCESS', validUntil: isoDate(20) },
      { kind: 'CHARTER', validUntil: isoDate(200) },
    ]);
    for (const d of [-1, 551]) {
      expect((await within(d)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
    }
  });

  it('records agreements and hours only for the organisation’s prisons, by its keepers, and bad input writes nothing', async () => {
    const before = await graph.organisations.prisma.agreement.count();
    const { organisationId, personIds } = partner;
    const base = { organisationId, prisonIds: ['HAREN'], kind: 'COOPERATION_AGREEMENT', validFrom: isoDate(0) };
    const bad = await graph.send(RECORD_AGREEMENT, { input: { ...base, validUntil: isoDate(-1) } }, coordinator);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    const antwerpen = await graph.token({ roles: ['COORDINATOR'], prisons: ['ANTWERPEN'] });
    expect((await graph.send(RECORD_AGREEMENT, { input: base }, antwerpen)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notServed = await graph.send(
      RECORD_AGREEMENT,
      { input: { ...base, prisonIds: ['ANTWERPEN'] } },
      await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'ANTWERPEN'] }),
    );
    expect(notServed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prisonIds' });
    expect(await graph.organisations.prisma.agreement.count()).toBe(before);

    const hoursBefore = await graph.organisations.prisma.volunteerHours.count();
    const hours = { personId: personIds[0], prisonId: 'HAREN', date: isoDate(0), hours: 0, kind: 'OTHER' };
    expect((await graph.send(RECORD_HOURS, { input: hours }, coordinator)).errors?.[0].extensions).toMatchObject({ field: 'hours' });
    const ownStaff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    expect((await graph.send(RECORD_HOURS, { input: { ...hours, hours: 2 } }, ownStaff)).errors).toBeUndefined();
    const otherStaff = await graph.token({
      roles: ['PARTNER_STAFF'],
      prisons: ['HAREN'],
      organisationId: '7d1f0c1e-0000-4000-8000-000000000000',
    });
    expect((await graph.send(RECORD_HOURS, { input: { ...hours, hours: 2 } }, otherStaff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await graph.organisations.prisma.volunteerHours.count()).toBe(hoursBefore + 1);
  });

  it('keeps a person active, inactive (left) or suspended from a day, set by a coordinator of their prisons only', async () => {
    const SET_STATUS = `mutation($input: SetPersonStatusInput!) { setPersonStatus(input: $input) { person { id status statusSince } } }`;
    const personId = partner.personIds[1];
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: partner.organisationId });
    const input = { personId, status: 'SUSPENDED', since: isoDate(0) };
    expect((await graph.send(SET_STATUS, { input }, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const set = await graph.send(SET_STATUS, { input }, coordinator);
    expect(set.errors).toBeUndefined();
    expect(set.data.setPersonStatus.person).toEqual({ id: personId, status: 'SUSPENDED', statusSince: isoDate(0) });
    const read = await graph.send(`query($id: ID!) { person(id: $id) { status } }`, { id: partner.personIds[0] }, staff);
    expect(read.data.person.status).toBe('ACTIVE');
  });
});
