import { Field, ID, InputType } from 'type-graphql';
import { PersonRole } from '../../shared/enums';

@InputType()
export class CreatePersonInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => PersonRole)
  role!: PersonRole;

  @Field(() => [String], { defaultValue: [] })
  languages!: string[];

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType({ description: 'Only the given fields change.' })
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => PersonRole, { nullable: true })
  role?: PersonRole | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
