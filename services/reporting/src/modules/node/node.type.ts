import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node, NODE_ID_DESCRIPTION } from '@cort/subgraph';
import { Prison } from '../prison/prison.type';

/**
 * The Node types of the other subgraphs, as node(id:) returns them: references by id, never resolved
 * here (`resolvable: false`). Their nodeId is @external, so the gateway always takes a reference to its
 * own subgraph for it and for every other field, and that subgraph's reference resolver and policy
 * decide what the caller gets. The descriptions are the owners' (composition keeps one, so they must
 * agree). A new Node type of the graph is added to NODE_TYPES.
 */

// Resolvable here, unlike the others: reporting adds evaluationFigures to activities (evaluation-figures module).
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    "A group activity of a prison's offer (educational, psychosocial or socio-cultural), organised by a partner organisation and given in sessions. Published activities are public; the rest is seen by those who plan and run the offer of its prison.",
})
export class Activity {
  @Field(() => ID, { description: "The activity's id (a UUID)." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  implements: Node,
  description: 'One occurrence of an activity: a start, an end and a room. Upcoming sessions of published activities are public.',
})
export class Session {
  @Field(() => ID, { description: "The session's id (a UUID)." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  implements: Node,
  description: 'A partner organisation delivering part of the offer (education, welfare, sport, …) in one or more prisons.',
})
export class Organisation {
  @Field(() => ID, { description: "The organisation's id (a UUID)." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  implements: Node,
  description:
    'A staff member or volunteer of a partner organisation. Personal data: the coordinators of the prisons their organisation serves, its partner staff and the person themself see it.',
})
export class Person {
  @Field(() => ID, { description: "The person's id (a UUID): what an activity's facilitatorIds name." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  implements: Node,
  description:
    "A detainee registered in one prison as a participant in the offer. Personal data: coordinators and prison staff of their prison see them in full; partner staff see the display name and detainee number of those in their organisation's activities, volunteers the display name of those expected at their sessions. Every read is audited.",
})
export class Participant {
  @Field(() => ID, { description: "The participant's id (a UUID), not their detainee number." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ implements: Node, description: 'One wish of a needs assessment: a topic, its domain and how many respondents asked for it.' })
export class Wish {
  @Field(() => ID, { description: "The wish's id (a UUID): what answersWishIds names." })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId?: string;
}

/** Every type node(id:) can return: the schema's orphaned types, and the type names it decodes. */
export const NODE_TYPES = [Prison, Activity, Session, Organisation, Person, Participant, Wish];
