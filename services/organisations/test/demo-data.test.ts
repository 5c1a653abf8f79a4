import { DEMO_ACTION_WISHES, linkDemoActionsToWishes } from '../src/seed/action-wishes';
import { seedDemoData } from '../src/seed/demo';
import { BRUSSELS_DEMO_CORT, DEMO_VACANCIES, FLEMISH_DEMO_PRISONS } from '../src/seed/cort';
import { PARTNERS } from '../src/seed/partners';
import { TestSubgraph } from './harness';

const FACILITATORS = `query ($representations: [_Any!]!, $prisonId: ID!, $dates: [Date!]!) {
  _entities(representations: $representations) { ... on Person { id datesWithoutPrisonAccess(prisonId: $prisonId, dates: $dates) } }
}`;

describe('organisations subgraph: demo data', () => {
  const subgraph = new TestSubgraph();
  const today = new Date();
  beforeAll(() => subgraph.start());
  afterAll(() => subgraph.stop());

  it('seeds an empty database once: the partners, their people and clearances', async () => {
    expect(await seedDemoData(subgraph.prisma, today)).toBe(true);
    expect(await seedDemoData(subgraph.prisma, today)).toBe(false);
    expect(await subgraph.prisma.organisation.count()).toBe(PARTNERS.length);
    // The partners' people, and a staff member per CORT function held in the Flemish prisons and in Haren.
    const cortMembers = FLEMISH_DEMO_PRISONS.length * 9 - DEMO_VACANCIES.length + BRUSSELS_DEMO_CORT.length;
    expect(await subgraph.prisma.person.count()).toBe(PARTNERS.flatMap((p) => p.people).length + cortMembers);
  });

  it("shows onboarding done for each partner's first person and in progress for the second", async () => {
    const [partner] = PARTNERS;
    const answer = await subgraph.post(
      `query ($a: ID!, $b: ID!) { a: person(id: $a) { onboarding { step doneOn } } b: person(id: $b) { onboarding { step plannedOn doneOn } } }`,
      { a: partner.people[0].id, b: partner.people[1].id },
      { sub: 'demo-coordinator', roles: ['COORDINATOR'], prisons: partner.prisonIds },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.a.onboarding.every((step: { doneOn: string | null }) => step.doneOn)).toBe(true);
    const inProgress = answer.body.data.b.onboarding as { step: string; plannedOn: string | null; doneOn: string | null }[];
    expect(inProgress.filter((step) => step.doneOn).map((step) => step.step)).toEqual(['PRISON_ACCESS_PERMIT', 'TRAINING']);
    expect(inProgress.find((step) => step.step === 'CHARTER')).toMatchObject({ plannedOn: expect.any(String), doneOn: null });
  });

  it('records agreements of which some lapse within 60 days, and volunteer hours of this year', async () => {
    const prisonIds = [...new Set(PARTNERS.flatMap((partner) => partner.prisonIds))];
    const coordinator = { sub: 'demo-coordinator', roles: ['COORDINATOR' as const], prisons: prisonIds };
    const inSixtyDays = new Date(today.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
    const expiring: { validUntil: string }[] = [];
    let hours = 0;
    for (const prisonId of prisonIds) {
      const answer = await subgraph.post(
        `query ($p: ID!, $y: Int!) { expiringAgreements(prisonId: $p, withinDays: 60) { validUntil } organisations(prisonId: $p) { volunteerHours(prisonId: $p, year: $y) } }`,
        { p: prisonId, y: today.getUTCFullYear() },
        coordinator,
      );
      expect(answer.body.errors).toBeUndefined();
      expiring.push(...answer.body.data.expiringAgreements);
      hours += answer.body.data.organisations.reduce((sum: number, o: { volunteerHours: number }) => sum + o.volunteerHours, 0);
    }
    expect(expiring.length).toBeGreaterThan(0);
    for (const { validUntil } of expiring) expect(validUntil <= inSixtyDays).toBe(true);
    // Fewer than all: the others hold for longer.
    expect(expiring.length).toBeLessThan(await subgraph.prisma.agreement.count());
    expect(hours).toBeGreaterThan(0);
  });

  // The activities demo offer has each partner's first person facilitate sessions over the coming 8 weeks.
  it("gives each partner's first person a valid permit for every prison it serves, over the coming weeks", async () => {
    const dates = Array.from({ length: 57 }, (_, n) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10));
    for (const partner of PARTNERS) {
      for (const prisonId of partner.prisonIds) {
        const answer = await subgraph.post(
          FACILITATORS,
          { representations: [{ __typename: 'Person', id: partner.people[0].id }], prisonId, dates },
          { sub: 'demo-coordinator', roles: ['COORDINATOR'], prisons: partner.prisonIds },
        );
        expect(answer.body.data._entities).toEqual([{ id: partner.people[0].id, datesWithoutPrisonAccess: [] }]);
      }
    }
  });
});

describe('organisations subgraph: demo CORT, policy teams and action plans', () => {
  const subgraph = new TestSubgraph();
  const today = new Date();
  const policyCoordinator = {
    sub: 'demo-policy',
    roles: ['POLICY_COORDINATOR' as const],
    prisons: ['HAREN', 'ANTWERPEN', 'GENT', 'BRUGGE', 'HASSELT'],
  };
  beforeAll(async () => {
    await subgraph.start();
    await seedDemoData(subgraph.prisma, today);
  });
  afterAll(() => subgraph.stop());

  it('fills the nine CORT functions of the Flemish prisons but two, and gives every demo prison a policy team', async () => {
    let vacancies = 0;
    for (const prisonId of ['ANTWERPEN', 'GENT', 'BRUGGE', 'HASSELT']) {
      const answer = await subgraph.post(
        'query ($p: ID!) { cort(prisonId: $p) { members { function person { displayName } } vacancies policyTeam { role name organisation { id } } } }',
        { p: prisonId },
        policyCoordinator,
      );
      expect(answer.body.errors).toBeUndefined();
      const { members, vacancies: vacant, policyTeam } = answer.body.data.cort;
      expect(members.length + vacant.length).toBe(9);
      expect(new Set(members.map((m: any) => m.function)).size).toBe(members.length);
      vacancies += vacant.length;
      expect(policyTeam.slice(0, 2).map((seat: any) => seat.role)).toEqual(['DIRECTION', 'POLICY_COORDINATOR']);
      expect(policyTeam.filter((seat: any) => seat.role === 'ORGANISATION_RESPONSIBLE').length).toBe(
        PARTNERS.filter((o) => o.prisonIds.includes(prisonId)).length,
      );
    }
    expect(vacancies).toBe(2);
  });

  it('gives Haren a community coordinator of the Brussels justice welfare service, its nine other functions vacant', async () => {
    const answer = await subgraph.post(
      'query { cort(prisonId: "HAREN") { members { function person { organisation { id name } } } vacancies } }',
      {},
      policyCoordinator,
    );
    expect(answer.body.errors).toBeUndefined();
    const { members, vacancies } = answer.body.data.cort;
    expect(members).toEqual([
      {
        function: 'COMMUNITY_COORDINATOR',
        person: { organisation: { id: PARTNERS[0].id, name: 'CAW Brussel – Justitieel Welzijnswerk' } },
      },
    ]);
    expect(vacancies).toHaveLength(9);
    expect(vacancies).not.toContain('COMMUNITY_COORDINATOR');
  });

  it('gives every demo prison an action plan of this year with a dozen actions in every status, some overdue', async () => {
    for (const prisonId of policyCoordinator.prisons) {
      const answer = await subgraph.post(
        'query ($p: ID!, $y: Int!) { actionPlans(prisonId: $p, year: $y) { progress { done total } goals { actions { status overdue history { to } } } } }',
        { p: prisonId, y: today.getUTCFullYear() },
        policyCoordinator,
      );
      expect(answer.body.errors).toBeUndefined();
      const [plan] = answer.body.data.actionPlans;
      const actions = plan.goals.flatMap((goal: any) => goal.actions);
      expect(actions).toHaveLength(12);
      expect(new Set(actions.map((a: any) => a.status))).toEqual(new Set(['PLANNED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'DROPPED']));
      expect(actions.filter((a: any) => a.overdue).length).toBeGreaterThanOrEqual(2);
      expect(actions.every((a: any) => a.history.at(-1).to === a.status)).toBe(true);
      expect(plan.progress).toEqual({ done: 3, total: 11 });
    }
  });

  it("spans HAREN's plan over this year and the next: it is listed in both, the others in this year only", async () => {
    const year = today.getUTCFullYear();
    const plansOf = async (p: string, y: number) =>
      (
        await subgraph.post(
          'query ($p: ID!, $y: Int!) { actionPlans(prisonId: $p, year: $y) { title year untilYear } }',
          { p, y },
          policyCoordinator,
        )
      ).body.data.actionPlans;
    const spanning = { title: `Actieplan ${year}–${year + 1}`, year, untilYear: year + 1 };
    expect(await plansOf('HAREN', year)).toEqual([spanning]);
    expect(await plansOf('HAREN', year + 1)).toEqual([spanning]);
    expect(await plansOf('GENT', year + 1)).toEqual([]);
  });

  it('publishes what it seeded on the feed, for reporting: an event per organisation, person, agreement, hours and action, nothing personal', async () => {
    const { prisma } = subgraph;
    const events = await prisma.outboxEvent.findMany({ orderBy: { position: 'asc' } });
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count('OrganisationCreated')).toBe(await prisma.organisation.count());
    expect(count('PersonAdded')).toBe(await prisma.person.count());
    expect(count('AgreementRecorded')).toBe(await prisma.agreement.count());
    expect(count('VolunteerHoursRecorded')).toBe(await prisma.volunteerHours.count());
    expect(count('ActionAdded')).toBe(await prisma.action.count());
    expect(count('VolunteerHoursRecorded')).toBeGreaterThan(0);
    const names = (await prisma.person.findMany({ select: { lastName: true } })).map((p) => p.lastName);
    const text = JSON.stringify(events.map((e) => e.payload));
    expect(names.filter((name) => text.includes(name))).toEqual([]);
  });

  it('links the demo actions to wishes as the feed brings them, saying how many still wait for their prison', async () => {
    const { prisma } = subgraph;
    const demoActions = { title: { in: Object.keys(DEMO_ACTION_WISHES) }, goal: { actionPlan: { createdBy: 'demo' } } };
    const inPrison = (prisonId: string, title?: string) => ({
      ...demoActions,
      ...(title && { title }),
      goal: { actionPlan: { createdBy: 'demo', prisonId } },
    });
    const all = await prisma.action.count({ where: demoActions });
    const gent = await prisma.action.count({ where: inPrison('GENT') });
    const sportInGent = await prisma.action.count({ where: inPrison('GENT', 'Sportdag in de zomer organiseren') });
    expect(sportInGent).toBeGreaterThan(0);
    expect(gent).toBeGreaterThan(sportInGent);
    // No wish known yet (the feed has not brought the activities seed): nothing linked, all wait.
    expect(await linkDemoActionsToWishes(prisma)).toEqual({ linked: 0, waiting: all });
    // GENT's wishes arrived, of one domain only: its sport action is linked to the first; its others have no
    // wish to answer and no longer wait, the other prisons' still do.
    await prisma.knownWish.createMany({
      data: [
        { id: 'wish-gent-sport-2', assessmentId: 'assessment-gent-1', prisonId: 'GENT', domain: 'SPORT' },
        { id: 'wish-gent-sport-1', assessmentId: 'assessment-gent-1', prisonId: 'GENT', domain: 'SPORT' },
      ],
    });
    expect(await linkDemoActionsToWishes(prisma)).toEqual({ linked: sportInGent, waiting: all - gent });
    expect((await prisma.action.findMany({ where: inPrison('GENT', 'Sportdag in de zomer organiseren') })).map((a) => a.wishIds)).toEqual(
      Array(sportInGent).fill(['wish-gent-sport-1']),
    );
    // Every demo prison's wishes known: the rest are linked, and a further call has nothing left to do.
    const prisons = (await prisma.actionPlan.findMany({ where: { createdBy: 'demo' }, select: { prisonId: true } })).map((p) => p.prisonId);
    await prisma.knownWish.createMany({
      data: [...new Set(prisons)].flatMap((prisonId) =>
        Object.values(DEMO_ACTION_WISHES).map((domain) => ({
          id: `wish-${prisonId}-${domain}`,
          assessmentId: `assessment-${prisonId}`,
          prisonId,
          domain,
        })),
      ),
    });
    expect(await linkDemoActionsToWishes(prisma)).toEqual({ linked: all - sportInGent, waiting: 0 });
    expect(await linkDemoActionsToWishes(prisma)).toEqual({ linked: 0, waiting: 0 });
  });
});
