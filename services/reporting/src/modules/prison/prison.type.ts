import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node, NODE_ID_DESCRIPTION } from '@cort/subgraph';

/**
 * The activities service's prison, pointed at by code; its descriptions are the activities service's.
 * A Node here too, so that node(id:) can return it: nodeId is @external, so asking for it (as Relay
 * always does) takes the gateway to the activities service, which says whether the prison exists.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ implements: Node, description: 'A prison of Flanders or Brussels, with its rooms and its offer. Public.' })
export class Prison {
  @Field(() => ID, { description: "The prison's code, upper-case and stable (HAREN, ANTWERPEN, GENT, …)." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}
