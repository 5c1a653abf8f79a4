import { buildSchema } from 'graphql';
import { describeRootTypes } from './root-types';

describe('root types', () => {
  it('get the one description every subgraph gives them, and keep one they already have', () => {
    const schema = buildSchema('type Query { a: Int } type Mutation { b: Int }');
    describeRootTypes(schema);
    expect(schema.getQueryType()!.description).toMatch(/^What the graph lets a caller read/);
    expect(schema.getMutationType()!.description).toMatch(/^What the graph lets a caller change/);
    const described = buildSchema('"Ours." type Query { a: Int }');
    describeRootTypes(described);
    expect(described.getQueryType()!.description).toBe('Ours.');
  });
});
