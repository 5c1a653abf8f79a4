import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ActivityDomain, OrganisationKind } from '../../shared/enums';

@ObjectType({ description: "The organisation's public contact details." })
export class Contact {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

/** A partner organisation delivering part of the offer in one or more prisons. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => [ActivityDomain])
  domains!: ActivityDomain[];

  prisonIds!: string[];
  email!: string | null;
  phone!: string | null;
  website!: string | null;
  address!: string | null;
}

@ObjectType()
export class OrganisationPayload {
  @Field(() => Organisation)
  organisation!: Organisation;
}
