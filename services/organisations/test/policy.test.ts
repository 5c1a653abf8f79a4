import type { Caller } from '@cort/auth';
import { admits } from '@cort/subgraph';
import { policyCompleteness, unknownCategories, userCaller as user } from '@cort/testing';
import { graphql, type GraphQLSchema } from 'graphql';
import { organisationsPolicy as policy } from '../src/policy';
import { buildSchema } from '../src/schema';

const anonymous: Caller = { kind: 'anonymous' };
const coordinator = user(['COORDINATOR']);
const prisonStaff = user(['PRISON_STAFF']);
const cawStaff = user(['PARTNER_STAFF'], { organisationId: 'caw' });
const sofie = { id: 'sofie', organisationId: 'caw' };
const rule = (coordinate: string) => policy.rules[coordinate];

describe('the organisations policy', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('has a rule for every root field, every field of a person or clearance and every reference, and nothing stale', () => {
    expect(policyCompleteness(schema, policy)).toEqual({ entities: ['Organisation', 'Person'], unruled: [], stale: [] });
    expect(unknownCategories(policy)).toEqual([]);
    expect(policy.categories.STAFF_IDENTITY.personal && policy.categories.CLEARANCES.personal).toBe(true);
  });

  it("resolves an organisation for anyone (the directory shows the organiser's name), persons only for their readers", () => {
    expect(admits(rule('Organisation.__resolveReference'), anonymous, { id: 'caw' })).toBe(true);
    expect(admits(rule('Person.__resolveReference'), anonymous, { id: 'sofie' })).toBe(false);
    // The activities service checks facilitators on behalf of the coordinator planning the activity.
    expect(admits(rule('Person.__resolveReference'), coordinator, { id: 'sofie' })).toBe(true);
    for (const field of ['Person.organisation', 'Person.datesWithoutPrisonAccess'])
      expect(admits(rule(field), coordinator, sofie)).toBe(true);
  });

  it('lists the partners of a prison only to those assigned to it', () => {
    const organisations = rule('Query.organisations');
    for (const caller of [coordinator, prisonStaff, cawStaff, user(['ANALYST']), user(['VOLUNTEER'])]) {
      expect(admits(organisations, caller, null, { prisonId: 'HAREN' })).toBe(true);
      expect(admits(organisations, caller, null, { prisonId: 'GENT' })).toBe(false);
    }
    expect(admits(organisations, anonymous, null, { prisonId: 'HAREN' })).toBe(false);
  });

  it("shows a person's record to themself, coordinators and partner staff of the same organisation", () => {
    const firstName = rule('Person.firstName');
    expect(admits(firstName, user(['VOLUNTEER'], { sub: 'sofie' }), sofie)).toBe(true);
    expect(admits(firstName, coordinator, sofie)).toBe(true);
    expect(admits(firstName, cawStaff, sofie)).toBe(true);
    expect(admits(firstName, user(['PARTNER_STAFF'], { organisationId: 'sport' }), sofie)).toBe(false);
    expect(admits(firstName, user(['VOLUNTEER'], { organisationId: 'caw' }), sofie)).toBe(false); // a colleague volunteer
    expect(admits(firstName, prisonStaff, sofie)).toBe(false);
    expect(admits(rule('Clearance.kind'), anonymous, { personId: 'sofie' })).toBe(false);
  });

  it('lets coordinators add partners only for their prisons, and partner staff add people only to their organisation', () => {
    const create = rule('Mutation.createOrganisation');
    expect(admits(create, coordinator, null, { input: { prisonIds: ['HAREN'] } })).toBe(true);
    expect(admits(create, coordinator, null, { input: { prisonIds: ['HAREN', 'GENT'] } })).toBe(false);
    expect(admits(create, cawStaff, null, { input: { prisonIds: ['HAREN'] } })).toBe(false);
    const createPerson = rule('Mutation.createPerson');
    expect(admits(createPerson, cawStaff, null, { input: { organisationId: 'caw' } })).toBe(true);
    expect(admits(createPerson, cawStaff, null, { input: { organisationId: 'sport' } })).toBe(false);
    expect(admits(createPerson, coordinator, null, { input: { organisationId: 'sport' } })).toBe(true); // its prisons: in the resolver
    expect(admits(createPerson, prisonStaff, null, { input: { organisationId: 'caw' } })).toBe(false);
    expect(admits(rule('Mutation.recordClearance'), cawStaff)).toBe(false);
    expect(admits(rule('Mutation.recordClearance'), coordinator)).toBe(true);
  });

  it('refuses before the resolver runs (no database in this context)', async () => {
    const source = 'mutation { recordClearance(input: { personId: "sofie", kind: CHARTER, validFrom: "2026-01-01" }) { person { id } } }';
    const refused = await graphql({ schema, source, contextValue: { caller: cawStaff } });
    expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    const person = await graphql({ schema, source: '{ person(id: "sofie") { id } }', contextValue: { caller: anonymous } });
    expect(person.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});
