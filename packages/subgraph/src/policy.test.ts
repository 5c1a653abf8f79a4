import type { Caller } from '@cort/auth';
import { buildSchema, graphql } from 'graphql';
import { ReadAudit } from './audit';
import { enforceFieldPolicy, guardReferences } from './enforce';
import { admits, refusal, resolvableEntities, staleRules, unruledCoordinates, type Policy } from './policy';

const coordinator: Caller = { kind: 'user', sub: 'p-1', roles: ['COORDINATOR'], prisons: ['HAREN'] };
const volunteer: Caller = { kind: 'user', sub: 'p-2', roles: ['VOLUNTEER'], prisons: ['HAREN'] };
const anonymous: Caller = { kind: 'anonymous' };

const sdl = `
  type Query { person(prison: String!): Person  offer: String  unruled: String }
  type Person { id: ID!  name: String }
  type Wrapper { person: Person  label: String }
`;
const policy: Policy = {
  service: 'test',
  categories: {
    IDENTITY: { personal: true, description: 'names' },
    OFFER: { personal: false, description: 'public offer' },
  },
  personalTypes: ['Person'],
  rules: {
    'Query.person': {
      data: 'IDENTITY',
      who: { COORDINATOR: 'their prisons' },
      allows: (caller, _parent, args: { prison: string }) => caller.kind === 'user' && caller.prisons.includes(args.prison),
    },
    'Query.offer': { data: 'OFFER', who: { ANONYMOUS: 'everything published', COORDINATOR: 'everything' } },
    'Person.id': { data: 'IDENTITY', who: { COORDINATOR: 'their prisons' } },
    'Person.name': { data: 'IDENTITY', who: { COORDINATOR: 'their prisons' } },
  },
};

function schemaUnderPolicy() {
  const schema = buildSchema(sdl);
  schema.getQueryType()!.getFields().person.resolve = () => ({ id: 'x-1', name: 'Someone' });
  schema.getQueryType()!.getFields().offer.resolve = () => 'the offer';
  schema.getQueryType()!.getFields().unruled.resolve = () => 'secret';
  enforceFieldPolicy(schema, policy, { Person: (person: { id: string }) => person.id });
  return schema;
}

const run = (source: string, caller: Caller, audit = new ReadAudit()) =>
  graphql({ schema: schemaUnderPolicy(), source, contextValue: { caller, audit } });

describe('admits', () => {
  it('needs one of the rule’s audiences and its own decision', () => {
    const rule = policy.rules['Query.person'];
    expect(admits(rule, coordinator, null, { prison: 'HAREN' })).toBe(true);
    expect(admits(rule, coordinator, null, { prison: 'GENT' })).toBe(false);
    expect(admits(rule, volunteer, null, { prison: 'HAREN' })).toBe(false);
    expect(admits(undefined, coordinator)).toBe(false);
    expect(admits(policy.rules['Query.offer'], anonymous)).toBe(true);
    expect(admits(policy.rules['Query.offer'], { kind: 'service', service: 'reporting' })).toBe(false);
  });

  it('refuses anonymous callers as unauthenticated and users as forbidden, saying what is missing', () => {
    expect(refusal(policy.rules['Query.person'], anonymous).extensions.code).toBe('UNAUTHENTICATED');
    expect(refusal(policy.rules['Query.person'], volunteer).message).toContain('COORDINATOR');
    expect(refusal(policy.rules['Query.person'], coordinator).message).toContain('prisons');
    expect(refusal(undefined, coordinator).extensions.code).toBe('FORBIDDEN');
  });
});

describe('coverage', () => {
  it('names root fields, personal fields, fields leading to personal types and references without a rule', () => {
    const schema = buildSchema(sdl);
    expect(unruledCoordinates(schema, policy, ['Person']).sort()).toEqual(['Person.__resolveReference', 'Query.unruled', 'Wrapper.person']);
    expect(staleRules(schema, { ...policy, rules: { ...policy.rules, 'Person.age': policy.rules['Person.id'] } }, [])).toEqual([
      'Person.age',
    ]);
  });

  it('finds the entities to rule from the schema: every @key but stubs of other subgraphs', () => {
    const federated = buildSchema(
      `type Query { a: A }
       type A @key(fields: "id") { id: ID! }
       type B @key(fields: "id", resolvable: true) @key(fields: "code") { id: ID! code: String }
       type Stub @key(fields: "id", resolvable: false) { id: ID! }
       type Plain { id: ID! }`,
      { assumeValidSDL: true },
    );
    expect(resolvableEntities(federated)).toEqual(['A', 'B']);
    expect(unruledCoordinates(federated, { ...policy, personalTypes: [], rules: {} })).toEqual([
      'Query.a',
      'A.__resolveReference',
      'B.__resolveReference',
    ]);
  });

  it('refuses a personal type the schema does not have', () => {
    expect(() => unruledCoordinates(buildSchema(sdl), { ...policy, personalTypes: ['Ghost'] }, [])).toThrow('Ghost');
  });
});

describe('enforcement', () => {
  it('denies a root field without a rule, whoever asks', async () => {
    const result = await run('{ unruled }', coordinator);
    expect(result.data?.unruled).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('runs an admitted root field and records the personal fields it hands out in the audit trail', async () => {
    const audit = new ReadAudit();
    const result = await run('{ person(prison: "HAREN") { id name } offer }', coordinator, audit);
    expect(result).toEqual({ data: { person: { id: 'x-1', name: 'Someone' }, offer: 'the offer' } });
    expect(audit.entries()).toEqual([{ subject: 'x-1', categories: ['IDENTITY'] }]);
  });

  it('refuses before the resolver runs and records nothing', async () => {
    const audit = new ReadAudit();
    const other = await run('{ person(prison: "GENT") { name } }', coordinator, audit);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await run('{ person(prison: "HAREN") { name } }', anonymous, audit)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(audit.entries()).toEqual([]);
  });

  it('guards any other field the policy gives a rule, with the rule’s own reason', async () => {
    const schema = buildSchema(`type Query { wrapper: Wrapper } type Wrapper { label: String  person: Person } type Person { id: ID! }`);
    schema.getQueryType()!.getFields().wrapper.resolve = () => ({ label: 'internal' });
    const labelled: Policy = {
      ...policy,
      rules: {
        'Query.wrapper': { data: 'OFFER', who: { ANONYMOUS: 'all', COORDINATOR: 'all', VOLUNTEER: 'all' } },
        'Wrapper.person': { data: 'IDENTITY', who: { COORDINATOR: 'theirs' } },
        'Wrapper.label': {
          data: 'OFFER',
          who: { COORDINATOR: 'theirs', VOLUNTEER: 'theirs' },
          allows: (caller) => caller === coordinator || 'Ask your coordinator.',
        },
      },
    };
    enforceFieldPolicy(schema, labelled);
    const as = (caller: Caller) => graphql({ schema, source: '{ wrapper { label } }', contextValue: { caller } });
    expect((await as(coordinator)).data).toEqual({ wrapper: { label: 'internal' } });
    const refused = await as(volunteer);
    expect(refused.errors?.[0].message).toBe('Ask your coordinator.');
    expect((await as(anonymous)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(staleRules(schema, labelled)).toEqual([]);
  });

  it('resolves a reference the caller may not follow to null, without calling the resolver', async () => {
    const resolve = jest.fn(async () => ({ id: 'x-1' }));
    const guarded = guardReferences(
      { Person: { __resolveReference: resolve } },
      {
        ...policy,
        rules: { ...policy.rules, 'Person.__resolveReference': { data: 'IDENTITY', who: { COORDINATOR: 'their prisons' } } },
      },
    );
    expect(await guarded.Person.__resolveReference({ id: 'x-1' }, { caller: volunteer }, null)).toBeNull();
    expect(resolve).not.toHaveBeenCalled();
    expect(await guarded.Person.__resolveReference({ id: 'x-1' }, { caller: coordinator }, null)).toEqual({ id: 'x-1' });
  });

  it('resolves no reference of a type the policy has no rule for', async () => {
    const guarded = guardReferences({ Wrapper: { __resolveReference: async () => ({ label: 'x' }) } }, policy);
    expect(await guarded.Wrapper.__resolveReference({}, { caller: coordinator }, null)).toBeNull();
  });
});
