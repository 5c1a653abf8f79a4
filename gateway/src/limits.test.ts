import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS, limitRules, pageSizeOutOfRange } from './limits';

const schema = buildSchema(`
  type Query { activity: Activity prisons: [Prison!]! }
  type Prison { id: ID! }
  type Activity { id: ID! title: String related: [Activity!]! }
`);
const check = (query: string, limits = DEFAULT_LIMITS.anonymous) =>
  validate(schema, parse(query), limitRules(limits)).map((e) => e.message);
const nested = (levels: number) => `{ activity { ${'related { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('operation limits', () => {
  it('let operations within the limits through', () => {
    expect(check(nested(5))).toEqual([]);
    expect(check(nested(8), DEFAULT_LIMITS.user)).toEqual([]);
  });

  it('refuse depth beyond the caller’s limit: 5 anonymous, 8 signed in', () => {
    expect(check(nested(6)).join()).toMatch(/depth limit of 5/);
    expect(check(nested(9), DEFAULT_LIMITS.user).join()).toMatch(/depth limit of 8/);
  });

  it('see through named and inline fragments, and survive fragment cycles', () => {
    const viaFragments = `{ activity { ...A } } fragment A on Activity { related { ... on Activity { related { ...B } } } }
      fragment B on Activity { related { related { id } } }`;
    expect(check(viaFragments).join()).toMatch(/depth limit of 5/);
    const cycle = `{ activity { ...A } } fragment A on Activity { related { ...B } } fragment B on Activity { related { ...A } }`;
    expect(() => check(cycle)).not.toThrow();
  });

  it('count aliases and root fields, through fragments too', () => {
    expect(check('{ a: prisons { id } b: prisons { id } c: prisons { id } }')).toEqual([]);
    expect(check('{ a: prisons { id } b: prisons { id } c: prisons { id } d: prisons { id } }').join()).toMatch(/aliases/i);
    const roots = `{ prisons { id } ...Q ... on Query { activity { id } } } fragment Q on Query { prisons { id } activity { id } }`;
    expect(check(roots).join()).toMatch(/4 root fields; the limit is 3/);
    expect(check(roots, DEFAULT_LIMITS.user)).toEqual([]);
  });

  it('count directives and the static cost', () => {
    const directives = `{ prisons { id ${'@include(if: true) '.repeat(11)} } }`;
    expect(check(directives, DEFAULT_LIMITS.user).join()).toMatch(/directives/i);
    const wide = `{ activity { ${Array.from({ length: 5 }, (_, i) => `r${i}: related { related { related { title id } } }`).join(' ')} } }`;
    expect(check(wide, { ...DEFAULT_LIMITS.user, maxAliases: 100, maxCost: 100 }).join()).toMatch(/cost/i);
  });

  it('do not count introspection against depth', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });
});

describe('page sizes', () => {
  const withoutFirst = `{ activity(id: "a1") { related { id } } }`;
  const outOfRange = (query: string, variables?: Record<string, unknown>) => {
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return pageSizeOutOfRange(operation, document, variables);
  };

  it('let 0 to 100 through, and lists without first', () => {
    expect(outOfRange(withoutFirst)).toBeUndefined();
    expect(outOfRange('{ a(first: 0) { id } b(first: 100) { id } }')).toBeUndefined();
    expect(outOfRange('query($n: Int) { a(first: $n) { id } }')).toBeUndefined();
    expect(outOfRange('query($n: Int) { a(first: $n) { id } }', { n: null })).toBeUndefined();
  });

  it('find a literal above 100 or below 0, at any depth', () => {
    expect(outOfRange('{ a { b { c(first: 101) { id } } } }')).toBe(101);
    expect(outOfRange('{ a(first: -1) { id } }')).toBe(-1);
  });

  it('find it through a variable, its default value included, the request’s value first', () => {
    expect(outOfRange('query($n: Int) { a(first: $n) { id } }', { n: 1000 })).toBe(1000);
    expect(outOfRange('query($n: Int = 500) { a(first: $n) { id } }')).toBe(500);
    expect(outOfRange('query($n: Int = 500) { a(first: $n) { id } }', { n: 5 })).toBeUndefined();
    expect(outOfRange('query($n: Int = 5) { a(first: $n) { id } }', { n: 101 })).toBe(101);
  });

  it('look through named and inline fragments, cycles included', () => {
    expect(outOfRange('{ ...Q } fragment Q on Query { ... on Query { a { b(first: 200) { id } } } }')).toBe(200);
    expect(outOfRange('{ a { ...A } } fragment A on T { b { ...A } c(first: 101) { id } }')).toBe(101);
    expect(outOfRange('{ a { ...A } } fragment A on T { b { ...A } }')).toBeUndefined();
  });

  it('leave values that are not numbers to graphql’s coercion', () => {
    expect(outOfRange('{ a(first: "many") { id } }')).toBeUndefined();
    expect(outOfRange('query($n: Int) { a(first: $n) { id } }', { n: 'many' })).toBeUndefined();
  });
});
