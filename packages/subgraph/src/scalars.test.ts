import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { RFC_3339_URL } from './scalars';

describe('Date and DateTime', () => {
  it('carry @specifiedBy into the printed SDL, whichever module imported them', () => {
    const query = new GraphQLObjectType({
      name: 'Query',
      fields: { on: { type: DateResolver }, at: { type: DateTimeResolver } },
    });
    const sdl = printSchemaWithDirectives(new GraphQLSchema({ query }));
    expect(sdl).toContain(`scalar Date @specifiedBy(url: "${RFC_3339_URL}")`);
    expect(sdl).toContain(`scalar DateTime @specifiedBy(url: "${RFC_3339_URL}")`);
  });
});
