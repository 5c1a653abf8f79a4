import { Field, ID, InputType } from 'type-graphql';
import { ActivityDomain, OrganisationKind } from '../../shared/enums';

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => String)
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => [ActivityDomain])
  domains!: ActivityDomain[];

  @Field(() => [ID], { description: 'Codes of the prisons it serves; each must be one of yours.' })
  prisonIds!: string[];

  @Field(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;
}

@InputType({ description: 'Only the given fields change.' })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => [ActivityDomain], { nullable: true })
  domains?: ActivityDomain[] | null;

  @Field(() => [ID], { nullable: true })
  prisonIds?: string[] | null;

  @Field(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;
}
