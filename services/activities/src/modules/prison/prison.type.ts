import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '@cort/subgraph';
import { Region } from '../../shared/enums';

/**
 * A prison, identified by a stable upper-case code (HAREN, ANTWERPEN, GENT, …). The other subgraphs point
 * at it with the same type and field descriptions (composition keeps one, so they must agree).
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A prison of Flanders or Brussels, with its rooms and its offer. Public.' })
export class Prison {
  @Field(() => ID, { description: "The prison's code, upper-case and stable (HAREN, ANTWERPEN, GENT, …)." })
  id!: string;

  @Field(() => Region, { description: 'Whether the prison is in the Flemish or the Brussels-Capital Region.' })
  region!: Region;

  nameNl!: string;
  nameFr!: string;
  nameEn!: string;
}
