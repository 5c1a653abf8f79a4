import { Field, ID, InputType } from 'type-graphql';
import { Gender, LegalStatus } from '../../shared/enums';

@InputType()
export class RegisterParticipantInput {
  @Field(() => ID)
  prisonId!: string;

  @Field(() => String)
  detaineeNumber!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => LegalStatus)
  legalStatus!: LegalStatus;

  @Field(() => [String], { defaultValue: [] })
  languages!: string[];

  @Field(() => String, { nullable: true })
  section?: string | null;
}

@InputType({ description: 'Only the given fields change.' })
export class UpdateParticipantInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => LegalStatus, { nullable: true })
  legalStatus?: LegalStatus | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  section?: string | null;
}
