import { facilitatorOf, isoDate, partnerIn } from './fixtures';
import { startGraph, type Graph } from './graph';

// Issue 13: the onboarding steps of staff and volunteers (permit, training, charter, welcome talk), with
// the days planned and done; recorded by the coordinators of the prisons they work in, read by those and
// by their organisation's partner staff.
const RECORD = `mutation($input: RecordOnboardingStepInput!) {
  recordOnboardingStep(input: $input) { step { step plannedOn doneOn } person { id onboarding { step plannedOn doneOn } } }
}`;
const ONBOARDING = `query($id: ID!) { person(id: $id) { id onboarding { step plannedOn doneOn } } }`;

describe('onboarding of staff and volunteers', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let personId: string;
  const rows = () => graph.organisations.prisma.onboardingStep.findMany({ where: { personId } });

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN', 'Vrijwilligers Haren');
    personId = await facilitatorOf(graph, coordinator, organisationId);
  });
  afterAll(() => graph?.stop());

  it('lists every step in order, none recorded yet', async () => {
    const answer = await graph.send(ONBOARDING, { id: personId }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.person.onboarding).toEqual(
      ['PRISON_ACCESS_PERMIT', 'TRAINING', 'CHARTER', 'WELCOME_TALK'].map((step) => ({ step, plannedOn: null, doneOn: null })),
    );
  });

  it('records a step planned, then done, the second replacing the first', async () => {
    const planned = await graph.send(RECORD, { input: { personId, step: 'TRAINING', plannedOn: isoDate(14) } }, coordinator);
    expect(planned.errors).toBeUndefined();
    expect(planned.data.recordOnboardingStep.step).toEqual({ step: 'TRAINING', plannedOn: isoDate(14), doneOn: null });
    const done = await graph.send(
      RECORD,
      { input: { personId, step: 'TRAINING', plannedOn: isoDate(-2), doneOn: isoDate(0) } },
      coordinator,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data.recordOnboardingStep.person.onboarding[1]).toEqual({ step: 'TRAINING', plannedOn: isoDate(-2), doneOn: isoDate(0) });
    expect(await rows()).toHaveLength(1);
  });

  it.each([
    ['neither day', {}, 'plannedOn'],
    ['a done day still to come', { doneOn: isoDate(3) }, 'doneOn'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, dates, field) => {
    const before = await rows();
    const answer = await graph.send(RECORD, { input: { personId, step: 'CHARTER', ...dates } }, coordinator);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rows()).toEqual(before);
  });

  it("shows the onboarding to the organisation's partner staff, who do not record it", async () => {
    const ownStaff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const read = await graph.send(ONBOARDING, { id: personId }, ownStaff);
    expect(read.errors).toBeUndefined();
    expect(read.data.person.onboarding).toHaveLength(4);
    const before = await rows();
    const refused = await graph.send(RECORD, { input: { personId, step: 'CHARTER', plannedOn: isoDate(1) } }, ownStaff);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });

  it('answers NOT_FOUND to a coordinator of another prison and for an unknown person, writing nothing', async () => {
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const before = await rows();
    const other = await graph.send(RECORD, { input: { personId, step: 'CHARTER', plannedOn: isoDate(1) } }, gent);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unknown = await graph.send(
      RECORD,
      { input: { personId: '7d1f0c1e-0000-4000-8000-000000000000', step: 'CHARTER', plannedOn: isoDate(1) } },
      coordinator,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await rows()).toEqual(before);
  });

  it('does not show the onboarding to the person themself or to prison staff', async () => {
    const themself = await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'], sub: personId });
    const own = await graph.send(ONBOARDING, { id: personId }, themself);
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    expect((await graph.send(ONBOARDING, { id: personId }, staff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
