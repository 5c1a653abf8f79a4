import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '@cort/subgraph';
import { ActivityDomain, OrganisationKind } from '../../shared/enums';

@ObjectType({ description: "The organisation's public contact details, each absent when it has not given one." })
export class Contact {
  @Field(() => String, { nullable: true, description: 'E-mail address for questions about its offer.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, as the organisation writes it.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an http(s) URL.' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, on one line.' })
  address!: string | null;
}

/**
 * A partner organisation delivering part of the offer in one or more prisons. The activities service
 * points at it with the same descriptions (composition keeps one, so they must agree).
 */
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A partner organisation delivering part of the offer (education, welfare, sport, …) in one or more prisons.',
})
export class Organisation {
  @Field(() => ID, { description: "The organisation's id (a UUID)." })
  id!: string;

  @Field(() => String, { description: 'Its name, as the directory shows it.' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Its relation to the Flemish Community: structural partner, other partner or volunteers.' })
  kind!: OrganisationKind;

  @Field(() => [ActivityDomain], { description: 'The policy domains it works in.' })
  domains!: ActivityDomain[];

  prisonIds!: string[];
  email!: string | null;
  phone!: string | null;
  website!: string | null;
  address!: string | null;
}

@ObjectType({ description: 'What a change of an organisation returns: the organisation as it is now.' })
export class OrganisationPayload {
  @Field(() => Organisation, { description: 'The organisation, after the change.' })
  organisation!: Organisation;
}
