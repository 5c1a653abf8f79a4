import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PersonRole } from '../../shared/enums';

/** A staff member or volunteer of a partner organisation. Personal data: see domain/access.ts. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => PersonRole)
  role!: PersonRole;

  @Field(() => [String], { description: 'BCP 47 codes of the languages they work in.' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  email!: string | null;

  organisationId!: string;
}

@ObjectType()
export class PersonPayload {
  @Field(() => Person)
  person!: Person;
}
