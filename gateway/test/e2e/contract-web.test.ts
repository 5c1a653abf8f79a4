import { activityInput, at, facilitatorOf, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';

// contract/web: the coordinators' web app.
describe('contract: web (offer and organisations)', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let rooms: { id: string; name: string }[];

  const activityCount = () => graph.activities.prisma.activity.count();
  const create = (input: Record<string, unknown>, token = coordinator) => graph.run('web/CreateActivity.graphql', { input }, token);

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN', 'CAW Brussel');
    rooms = await roomsOf(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  describe('CreateActivity', () => {
    it('creates a DRAFT in one of the caller’s prisons', async () => {
      const answer = await create(activityInput('HAREN', organisationId, { title: { fr: 'Théâtre' } }));
      expect(answer.errors).toBeUndefined();
      expect(answer.data.createActivity.activity).toEqual({ id: expect.any(String), status: 'DRAFT', title: 'Théâtre' });
    });

    it.each([
      ['capacity below 1', { capacity: 0 }, 'capacity'],
      ['an end before the start', { startsOn: isoDate(10), endsOn: isoDate(5) }, 'endsOn'],
      ['no title in any language', { title: { nl: ' ' } }, 'title'],
      ['an empty audience', { audience: { genders: [], legalStatuses: ['CONVICTED'] } }, 'audience.genders'],
      ['an unknown organisation', { organisationId: '7d1f0c1e-0000-4000-8000-000000000000' }, 'organisationId'],
      ['a language that is no language code', { instructionLanguages: ['dutch please'] }, 'instructionLanguages'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, overrides, field) => {
      const before = await activityCount();
      const answer = await create(activityInput('HAREN', organisationId, overrides));
      expect(answer.data).toBeFalsy();
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await activityCount()).toBe(before);
    });

    it('refuses a prison outside the caller’s token with FORBIDDEN, and an unknown prison too', async () => {
      const gent = await create(activityInput('GENT', organisationId));
      expect(gent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const everywhere = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'NOWHERE'] });
      const unknown = await create(activityInput('NOWHERE', organisationId), everywhere);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prisonId' });
    });

    it('is refused to anonymous callers and to roles that do not plan', async () => {
      const anonymous = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) });
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0].extensions?.code).toBe('OPERATION_NOT_ALLOWED'); // not a directory operation
      const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
      expect((await create(activityInput('HAREN', organisationId), staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a facilitator without a valid prison access clearance on a session date', async () => {
      const expired = await facilitatorOf(graph, coordinator, organisationId, {
        prisonId: 'HAREN',
        validFrom: isoDate(-100),
        validUntil: isoDate(3),
      });
      const before = await activityCount();
      const answer = await create(
        activityInput('HAREN', organisationId, {
          facilitatorIds: [expired],
          sessions: [
            { startsAt: at(2, 9), endsAt: at(2, 10), locationId: rooms[0].id },
            { startsAt: at(7, 9), endsAt: at(7, 10), locationId: rooms[0].id },
          ],
        }),
      );
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'facilitatorIds', reason: 'CLEARANCE_MISSING' });
      expect(answer.errors?.[0].message).toContain(isoDate(7));
      expect(await activityCount()).toBe(before);
    });

    it('never double-books a room', async () => {
      const booked = await create(
        activityInput('HAREN', organisationId, { sessions: [{ startsAt: at(20, 9), endsAt: at(20, 11), locationId: rooms[1].id }] }),
      );
      expect(booked.errors).toBeUndefined();
      const clash = await create(
        activityInput('HAREN', organisationId, { sessions: [{ startsAt: at(20, 10), endsAt: at(20, 12), locationId: rooms[1].id }] }),
      );
      expect(clash.errors?.[0].extensions?.code).toBe('CONFLICT');
      const weekly = await graph.send(
        `mutation($input: AddSessionsInput!) { addSessions(input: $input) { sessions { startsAt } } }`,
        {
          input: {
            activityId: booked.data.createActivity.activity.id,
            weekly: {
              weekdays: ['MONDAY', 'THURSDAY'],
              startTime: '14:00',
              endTime: '16:00',
              from: isoDate(1),
              to: isoDate(21),
              locationId: rooms[1].id,
            },
          },
        },
        coordinator,
      );
      expect(weekly.errors).toBeUndefined();
      expect(weekly.data.addSessions.sessions.length).toBeGreaterThanOrEqual(5);
    });
  });

  describe('PublishActivity', () => {
    it('moves a DRAFT to PUBLISHED, after which it is in the public offer', async () => {
      const created = await create(activityInput('HAREN', organisationId, { title: { nl: 'Yoga' } }));
      const id = created.data.createActivity.activity.id;
      const offerIds = async () =>
        (await graph.run('directory/PublicOffer.graphql', { language: 'NL', prisonId: 'HAREN', first: 100 })).data.publicOffer.edges.map(
          (e: any) => e.node.id,
        );
      expect(await offerIds()).not.toContain(id);
      const answer = await graph.run('web/PublishActivity.graphql', { id }, coordinator);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.publishActivity.activity).toEqual({ id, status: 'PUBLISHED' });
      expect(await offerIds()).toContain(id);
      const again = await graph.run('web/PublishActivity.graphql', { id }, coordinator);
      expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0].message).toBe('Only a draft can be published.');
    });

    it('answers NOT_FOUND for an unknown id and for another prison’s draft alike', async () => {
      const gentCoordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
      const draft = (await create(activityInput('HAREN', organisationId))).data.createActivity.activity.id;
      const other = await graph.run('web/PublishActivity.graphql', { id: draft }, gentCoordinator);
      const unknown = await graph.run('web/PublishActivity.graphql', { id: '3c6f1d9e-0000-4000-8000-000000000000' }, gentCoordinator);
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('Organisations', () => {
    it('lists the partner organisations serving the prison', async () => {
      await partnerIn(graph, coordinator, 'HAREN', 'Atelier Vrij');
      const answer = await graph.run('web/Organisations.graphql', { prisonId: 'HAREN' }, coordinator);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.organisations).toEqual([
        { id: expect.any(String), name: 'Atelier Vrij', kind: 'STRUCTURAL_PARTNER', domains: ['WELFARE', 'CULTURE'] },
        { id: organisationId, name: 'CAW Brussel', kind: 'STRUCTURAL_PARTNER', domains: ['WELFARE', 'CULTURE'] },
      ]);
    });

    it('is FORBIDDEN for a prison outside the token and OPERATION_NOT_ALLOWED without one', async () => {
      expect((await graph.run('web/Organisations.graphql', { prisonId: 'GENT' }, coordinator)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await graph.run('web/Organisations.graphql', { prisonId: 'HAREN' })).errors?.[0].extensions?.code).toBe(
        'OPERATION_NOT_ALLOWED',
      );
    });
  });
});
