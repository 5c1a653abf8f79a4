import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '@cort/subgraph';
import { DateResolver } from 'graphql-scalars';
import { PersonRole, PersonStatus } from '../../shared/enums';

/**
 * A staff member or volunteer of a partner organisation. Personal data: see the policy. The activities
 * service points at it with the same descriptions (composition keeps one, so they must agree).
 */
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    'A staff member or volunteer of a partner organisation. Personal data: the coordinators of the prisons their organisation serves, its partner staff and the person themself see it.',
})
export class Person {
  @Field(() => ID, { description: "The person's id (a UUID): what an activity's facilitatorIds name." })
  id!: string;

  @Field(() => String, { description: 'Their first name.' })
  firstName!: string;

  @Field(() => String, { description: 'Their last name (family name), particles included ("\'t Hooft", "Van den Broeck").' })
  lastName!: string;

  @Field(() => PersonRole, { description: 'What they do for the organisation.' })
  role!: PersonRole;

  @Field(() => [String], { description: 'BCP 47 codes of the languages they work in.' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'Their work e-mail address, when known.' })
  email!: string | null;

  @Field(() => PersonStatus, { description: 'Whether they work in the prisons now: active, inactive (left) or suspended.' })
  status!: PersonStatus;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The day their status took effect; null while they have been active from the start.',
  })
  statusSince!: Date | null;

  organisationId!: string;
}

@ObjectType({ description: 'What a change of a person returns: the person as they are now.' })
export class PersonPayload {
  @Field(() => Person, { description: 'The person, after the change.' })
  person!: Person;
}
