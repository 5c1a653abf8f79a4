import { graphql, printSchema } from 'graphql';
import { buildSchema, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { fromNodeId, Node, nodeReferenceOf, toNodeId } from './node';

@Directive('@key(fields: "id")')
@ObjectType('Widget', { implements: Node, description: 'A thing of a test.' })
class Widget {
  @Field(() => ID, { description: 'Its code.' })
  id!: string;
}

@Resolver()
class WidgetQueries {
  @Query(() => Widget, { description: 'One widget.' })
  widget(): Widget {
    // A plain object, as repositories return them: nodeId must not need a class instance.
    return { id: 'HAREN' };
  }
}

describe('global ids', () => {
  it('say the type and the id, URL-safe', () => {
    const nodeId = toNodeId('Prison', 'HAREN');
    expect(nodeId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromNodeId(nodeId)).toEqual({ typeName: 'Prison', id: 'HAREN' });
    const uuid = '0a000000-0000-4000-8000-000000000002';
    expect(fromNodeId(toNodeId('Organisation', uuid))).toEqual({ typeName: 'Organisation', id: uuid });
  });

  it('keep a colon inside the id', () => {
    expect(fromNodeId(toNodeId('Thing', 'a:b'))).toEqual({ typeName: 'Thing', id: 'a:b' });
  });

  it('are null for what toNodeId does not give out', () => {
    for (const text of ['', 'HAREN', 'not base64!', toNodeId('prison', 'HAREN'), Buffer.from('Prison:').toString('base64url')]) {
      expect(fromNodeId(text)).toBeNull();
    }
    // Another spelling of the same bytes (standard base64 padding) is not the canonical id.
    expect(fromNodeId(`${toNodeId('Prison', 'HAREN')}=`)).toBeNull();
  });

  it('decode to a reference among the types node(id:) returns, BAD_USER_INPUT otherwise', () => {
    const types = new Set(['Prison']);
    expect(nodeReferenceOf(toNodeId('Prison', 'HAREN'), types)).toEqual({ __typename: 'Prison', id: 'HAREN' });
    for (const nodeId of ['HAREN', toNodeId('Participant', 'x')]) {
      expect(() => nodeReferenceOf(nodeId, types)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }) }),
      );
    }
  });
});

describe('the Node interface', () => {
  it('gives every implementation nodeId, from its type name and id', async () => {
    const schema = await buildSchema({ resolvers: [WidgetQueries], skipCheck: true, validate: false });
    expect(printSchema(schema)).toContain('type Widget implements Node');
    const result = await graphql({ schema, source: '{ widget { id nodeId } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ widget: { id: 'HAREN', nodeId: toNodeId('Widget', 'HAREN') } });
  });
});
