import { activityInput, agreementOf, isoDate } from './fixtures';
import { startGraph, type Graph } from './graph';

// Issue 13: creating or publishing an activity of an organisation without an agreement for the prison over
// the activity's period answers with a warning the coordinator acknowledges, never a silent pass; the
// acknowledgement stays in the activity's history.
describe('the agreement warning of createActivity and publishActivity', () => {
  let graph: Graph;
  let coordinator: string;

  const create = (input: Record<string, unknown>) => graph.run('web/CreateActivity.graphql', { input }, coordinator);
  const publish = (id: string, acknowledgedWarnings?: string[]) =>
    graph.send(
      `mutation($id: ID!, $ack: [ActivityWarningCode!]) { publishActivity(id: $id, acknowledgedWarnings: $ack) { activity { id status } } }`,
      { id, ack: acknowledgedWarnings },
      coordinator,
    );
  const history = (activityId: string) =>
    graph.activities.prisma.activityAcknowledgement.findMany({ where: { activityId }, orderBy: { at: 'asc' } });

  /** An organisation serving HAREN, without any agreement unless one is recorded after. */
  async function organisation(name: string) {
    const created = await graph.send(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name, kind: 'PARTNER', domains: ['CULTURE'], prisonIds: ['HAREN'] } },
      coordinator,
    );
    return created.data.createOrganisation.organisation.id as string;
  }
  const agreement = (organisationId: string, validFrom: string, validUntil?: string) =>
    graph.send(
      `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { organisation { id } } }`,
      { input: { organisationId, prisonIds: ['HAREN'], kind: 'COOPERATION_AGREEMENT', validFrom, validUntil } },
      coordinator,
    );

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  it('refuses to create without an agreement, naming the warning to acknowledge, and writes nothing', async () => {
    const organisationId = await organisation('Zonder Overeenkomst');
    const before = await graph.activities.prisma.activity.count();
    const answer = await create(activityInput('HAREN', organisationId));
    expect(answer.data).toBeFalsy();
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'acknowledgedWarnings',
      reason: 'WARNINGS_NOT_ACKNOWLEDGED',
      warnings: ['NO_CURRENT_AGREEMENT'],
    });
    expect(answer.errors?.[0].message).toContain('NO_CURRENT_AGREEMENT');
    expect(await graph.activities.prisma.activity.count()).toBe(before);
  });

  it('warns when the agreement lapses within the period, or starts after it began', async () => {
    const lapsing = await organisation('Aflopende Overeenkomst');
    expect((await agreement(lapsing, isoDate(-30), isoDate(20))).errors).toBeUndefined();
    const late = await organisation('Late Overeenkomst');
    expect((await agreement(late, isoDate(5))).errors).toBeUndefined();
    for (const organisationId of [lapsing, late]) {
      const answer = await create(activityInput('HAREN', organisationId, { endsOn: isoDate(60) }));
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', warnings: ['NO_CURRENT_AGREEMENT'] });
    }
  });

  it('creates once acknowledged, and keeps the acknowledgement with who and the step', async () => {
    const organisationId = await organisation('Erkend Later');
    const answer = await create(activityInput('HAREN', organisationId, { acknowledgedWarnings: ['NO_CURRENT_AGREEMENT'] }));
    expect(answer.errors).toBeUndefined();
    const id = answer.data.createActivity.activity.id as string;
    expect(await history(id)).toEqual([
      expect.objectContaining({ status: 'DRAFT', warnings: ['NO_CURRENT_AGREEMENT'], by: expect.any(String) }),
    ]);

    // Publishing asks again: still no agreement, so it must be acknowledged again.
    const refused = await publish(id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WARNINGS_NOT_ACKNOWLEDGED' });
    expect(await graph.activities.prisma.activity.findUnique({ where: { id } })).toMatchObject({ status: 'DRAFT' });
    expect(await history(id)).toHaveLength(1);

    const published = await publish(id, ['NO_CURRENT_AGREEMENT']);
    expect(published.errors).toBeUndefined();
    expect(published.data.publishActivity.activity.status).toBe('PUBLISHED');
    expect((await history(id)).map((row) => row.status)).toEqual(['DRAFT', 'PUBLISHED']);

    // The acknowledgements as a field, for the coordinators of the prison; partner staff of the organisation and analysts are refused it.
    const ACKNOWLEDGEMENTS = `query($id: ID!) { activity(id: $id) { id acknowledgements { warnings status acknowledgedBy acknowledgedAt } } }`;
    const [drafted, publishedRow] = await history(id);
    const read = await graph.send(ACKNOWLEDGEMENTS, { id }, coordinator);
    expect(read.errors).toBeUndefined();
    expect(read.data.activity.acknowledgements).toEqual(
      [drafted, publishedRow].map((row) => ({
        warnings: ['NO_CURRENT_AGREEMENT'],
        status: row.status,
        acknowledgedBy: row.by,
        acknowledgedAt: row.at.toISOString(),
      })),
    );
    const partnerStaff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const refusedRead = await graph.send(ACKNOWLEDGEMENTS, { id }, partnerStaff);
    expect(refusedRead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refusedRead.data.activity).toEqual({ id, acknowledgements: null });
    // An analyst reads the offer, not who acknowledged what on it.
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    const analystRead = await graph.send(ACKNOWLEDGEMENTS, { id }, analyst);
    expect(analystRead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(analystRead.data.activity?.acknowledgements ?? null).toBeNull();
  });

  it('publishes without a warning once an agreement covers the period, and keeps no acknowledgement then', async () => {
    const organisationId = await organisation('Nu Erkend');
    const created = await create(activityInput('HAREN', organisationId, { acknowledgedWarnings: ['NO_CURRENT_AGREEMENT'] }));
    const id = created.data.createActivity.activity.id as string;
    await agreementOf(graph, coordinator, organisationId);
    const published = await graph.run('web/PublishActivity.graphql', { id }, coordinator);
    expect(published.errors).toBeUndefined();
    expect(published.data.publishActivity.activity).toEqual({ id, status: 'PUBLISHED' });
    expect((await history(id)).map((row) => row.status)).toEqual(['DRAFT']);
  });

  it('does not warn over agreements that follow one another, and an acknowledgement of nothing is not kept', async () => {
    const organisationId = await organisation('Verlengd');
    await agreement(organisationId, isoDate(-100), isoDate(20));
    await agreement(organisationId, isoDate(21));
    const answer = await create(activityInput('HAREN', organisationId, { acknowledgedWarnings: ['NO_CURRENT_AGREEMENT'] }));
    expect(answer.errors).toBeUndefined();
    expect(await history(answer.data.createActivity.activity.id)).toEqual([]);
  });
});
