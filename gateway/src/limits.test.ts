import { buildSchema, parse, validate } from 'graphql';
import { operationLimitRule } from './limits';

const schema = buildSchema(`
  type Query { activity: Activity }
  type Activity { id: ID! related: [Activity!]! }
`);
const check = (query: string, maxDepth = 3, maxFields = 10) =>
  validate(schema, parse(query), [operationLimitRule({ maxDepth, maxFields })]).map((error) => error.message);

describe('operation limits', () => {
  it('let operations within the limits through', () => {
    expect(check('{ activity { related { id } } }')).toEqual([]);
  });

  it('refuse an operation nested too deep, through fragments too', () => {
    expect(check('query Deep { activity { related { related { id } } } }')).toEqual([
      'Operation Deep is nested 4 levels deep; the limit is 3.',
    ]);
    expect(check('{ activity { ...R } } fragment R on Activity { related { ... on Activity { related { id } } } }')).toEqual([
      'The operation is nested 4 levels deep; the limit is 3.',
    ]);
  });

  it('count fields once fragments are expanded (aliases included)', () => {
    const fragments = 'fragment A on Activity { id a1: id a2: id } fragment B on Activity { x: related { ...A } y: related { ...A } }';
    expect(check(`{ activity { ...B } } ${fragments}`)).toEqual([]);
    expect(check(`{ activity { ...B z: related { ...A } } } ${fragments}`)).toEqual(['The operation selects 13 fields; the limit is 10.']);
  });

  it('do not count introspection', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }')).toEqual([]);
  });
});
