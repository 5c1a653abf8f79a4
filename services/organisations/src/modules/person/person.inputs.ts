import { Field, ID, InputType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { PersonRole, PersonStatus } from '../../shared/enums';

@InputType({ description: 'A new staff member or volunteer of an organisation.' })
export class CreatePersonInput {
  @Field(() => ID, { description: 'The organisation they work for: yours as partner staff, one serving your prisons as a coordinator.' })
  organisationId!: string;

  @Field(() => String, { description: 'Their first name; not blank.' })
  firstName!: string;

  @Field(() => String, { description: 'Their last name; not blank.' })
  lastName!: string;

  @Field(() => PersonRole, { description: 'What they do for the organisation.' })
  role!: PersonRole;

  @Field(() => [String], { defaultValue: [], description: 'BCP 47 codes of the languages they work in (nl, fr, …).' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'Their work e-mail address.' })
  email?: string | null;
}

@InputType({ description: 'Only the given fields change; a field left out or null keeps its value.' })
export class UpdatePersonInput {
  @Field(() => String, { nullable: true, description: 'The new first name; not blank.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'The new last name; not blank.' })
  lastName?: string | null;

  @Field(() => PersonRole, { nullable: true, description: 'The new role.' })
  role?: PersonRole | null;

  @Field(() => [String], { nullable: true, description: 'The new languages, BCP 47 codes, replacing the old list.' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The new work e-mail address; null removes it.' })
  email?: string | null;
}

@InputType({ description: "A change of a person's status, from a day." })
export class SetPersonStatusInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => PersonStatus, { description: 'Their new status.' })
  status!: PersonStatus;

  @Field(() => DateResolver, { description: 'The day it takes effect.' })
  since!: Date;
}
