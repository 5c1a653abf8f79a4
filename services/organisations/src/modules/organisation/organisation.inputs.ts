import { Field, ID, InputType } from 'type-graphql';
import { ActivityDomain, OrganisationKind } from '../../shared/enums';

@InputType({ description: "An organisation's public contact details; each optional." })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'E-mail address for questions about its offer.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, as the organisation writes it.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Website: a URL starting with http:// or https://.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, on one line.' })
  address?: string | null;
}

@InputType({ description: 'A new partner organisation, serving some of your prisons.' })
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Its name; not blank.' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Its relation to the Flemish Community.' })
  kind!: OrganisationKind;

  @Field(() => [ActivityDomain], { description: 'The policy domains it works in.' })
  domains!: ActivityDomain[];

  @Field(() => [ID], { description: 'Codes of the prisons it serves; each must be one of yours.' })
  prisonIds!: string[];

  @Field(() => ContactInput, { nullable: true, description: 'Its public contact details.' })
  contact?: ContactInput | null;
}

@InputType({ description: 'Only the given fields change; a field left out or null keeps its value.' })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true, description: 'The new name; not blank.' })
  name?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'The new kind.' })
  kind?: OrganisationKind | null;

  @Field(() => [ActivityDomain], { nullable: true, description: 'The new domains, replacing the old list.' })
  domains?: ActivityDomain[] | null;

  @Field(() => [ID], { nullable: true, description: 'The prisons it serves from now on, replacing the old list; at least one.' })
  prisonIds?: string[] | null;

  @Field(() => ContactInput, { nullable: true, description: 'The new contact details, replacing the old ones.' })
  contact?: ContactInput | null;
}
