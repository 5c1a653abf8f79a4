import type { Caller, Role } from '@cort/auth';
import { admits } from '@cort/subgraph';
import { policyCompleteness, unknownCategories, userCaller } from '@cort/testing';
import { graphql, type GraphQLSchema } from 'graphql';
import { activitiesPolicy as policy } from '../src/policy';
import { activitiesReferences, buildSchema } from '../src/schema';

const user = (roles: Role[], extra: { sub?: string; organisationId?: string } = {}) => userCaller(roles, { sub: 'person-1', ...extra });
const anonymous: Caller = { kind: 'anonymous' };
const coordinator = user(['COORDINATOR']);
const prisonStaff = user(['PRISON_STAFF']);
const analyst = user(['ANALYST']);
const partnerStaff = user(['PARTNER_STAFF'], { organisationId: 'org-a' });
const volunteer = user(['VOLUNTEER'], { sub: 'person-v' });
const rule = (coordinate: string) => policy.rules[coordinate];

describe('the activities policy', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('has a rule for every root field, every field naming persons and every reference, and no rule for anything else', () => {
    // The entities come from the schema itself (its resolvable @key types); each has its reference resolver.
    expect(policyCompleteness(schema, policy)).toEqual({ entities: Object.keys(activitiesReferences).sort(), unruled: [], stale: [] });
    expect(unknownCategories(policy)).toEqual([]);
  });

  it('lets anyone read the directory: the published offer, the prisons and the references to them', () => {
    for (const coordinate of ['Query.publicOffer', 'Query.prisons', 'Query.prison', 'Prison.__resolveReference']) {
      expect(admits(rule(coordinate), anonymous)).toBe(true);
      expect(admits(rule(coordinate), volunteer)).toBe(true);
    }
    expect(admits(rule('Query.activities'), anonymous, null, { prisonId: 'HAREN' })).toBe(false);
    expect(admits(rule('Query.publicOffer'), { kind: 'service', service: 'reporting' })).toBe(false);
  });

  it('shows the whole offer of a prison only to those assigned to it, partners their own part', () => {
    const activities = rule('Query.activities');
    for (const caller of [coordinator, prisonStaff, analyst, partnerStaff, volunteer]) {
      expect(admits(activities, caller, null, { prisonId: 'HAREN' })).toBe(true);
      expect(admits(activities, caller, null, { prisonId: 'GENT' })).toBe(false);
    }
    expect(admits(activities, user(['PARTNER_STAFF']), null, { prisonId: 'HAREN' })).toBe(false); // no organisation in the token
  });

  it('gives the day view to partner staff and volunteers only', () => {
    const today = rule('Query.mySessionsToday');
    expect([partnerStaff, volunteer].map((caller) => admits(today, caller))).toEqual([true, true]);
    expect([coordinator, prisonStaff, analyst, anonymous].map((caller) => admits(today, caller))).toEqual([false, false, false, false]);
  });

  it('lets only coordinators plan, and create activities only in their prisons', () => {
    const create = rule('Mutation.createActivity');
    expect(admits(create, coordinator, null, { input: { prisonId: 'HAREN' } })).toBe(true);
    expect(admits(create, coordinator, null, { input: { prisonId: 'GENT' } })).toBe(false);
    expect(admits(create, user(['POLICY_COORDINATOR']), null, { input: { prisonId: 'HAREN' } })).toBe(true);
    for (const coordinate of ['Mutation.publishActivity', 'Mutation.addSessions', 'Mutation.cancelSession']) {
      expect(admits(rule(coordinate), coordinator, null, { id: 'a-1' })).toBe(true);
      for (const caller of [prisonStaff, analyst, partnerStaff, volunteer, anonymous]) expect(admits(rule(coordinate), caller)).toBe(false);
    }
  });

  it("names an activity's facilitators only to those whose own part of the offer it is", () => {
    const facilitators = rule('Activity.facilitators');
    const activity = { prisonId: 'HAREN', organisationId: 'org-a', facilitatorIds: ['person-v'], status: 'PUBLISHED' };
    expect(admits(facilitators, coordinator, activity)).toBe(true);
    expect(admits(facilitators, partnerStaff, activity)).toBe(true);
    expect(admits(facilitators, volunteer, activity)).toBe(true);
    expect(admits(facilitators, user(['VOLUNTEER'], { sub: 'someone-else' }), activity)).toBe(false);
    expect(admits(facilitators, user(['PARTNER_STAFF'], { organisationId: 'org-b' }), activity)).toBe(false);
    expect(admits(facilitators, { ...coordinator, prisons: ['GENT'] } as Caller, activity)).toBe(false);
    // Published is public, but the persons behind it are not.
    expect(admits(facilitators, anonymous, activity)).toBe(false);
    expect(admits(facilitators, prisonStaff, activity)).toBe(false);
  });

  it('refuses a mutation before its resolver runs (no database in this context)', async () => {
    const publish = 'mutation { publishActivity(id: "a-1") { activity { id } } }';
    const refused = await graphql({ schema, source: publish, contextValue: { caller: prisonStaff } });
    expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    const anonymousAnswer = await graphql({ schema, source: publish, contextValue: { caller: anonymous } });
    expect(anonymousAnswer.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});
