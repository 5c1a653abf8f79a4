import { Field, ID, InputType } from 'type-graphql';
import { Gender, LegalStatus } from '../../shared/enums';

@InputType({ description: 'A detainee of one of your prisons, to register as a participant.' })
export class RegisterParticipantInput {
  @Field(() => ID, { description: 'The code of their prison; one of yours.' })
  prisonId!: string;

  @Field(() => String, { description: "The prison's number for the detainee: 1 to 20 letters, digits, / or -, unique in the prison." })
  detaineeNumber!: string;

  @Field(() => String, { description: 'Their first name; not blank.' })
  firstName!: string;

  @Field(() => String, { description: 'Their last name; not blank.' })
  lastName!: string;

  @Field(() => Gender, { description: 'Their gender as the prison registers it.' })
  gender!: Gender;

  @Field(() => LegalStatus, { description: 'Their legal status (criminal-offence data).' })
  legalStatus!: LegalStatus;

  @Field(() => [String], { defaultValue: [], description: 'BCP 47 codes of the languages they speak (nl, fr, ar, …).' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'The section (wing) of the prison they live in.' })
  section?: string | null;
}

@InputType({ description: 'Only the given fields change; a field left out or null keeps its value.' })
export class UpdateParticipantInput {
  @Field(() => String, { nullable: true, description: 'The new first name; not blank.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'The new last name; not blank.' })
  lastName?: string | null;

  @Field(() => Gender, { nullable: true, description: 'The new gender.' })
  gender?: Gender | null;

  @Field(() => LegalStatus, { nullable: true, description: 'The new legal status (criminal-offence data).' })
  legalStatus?: LegalStatus | null;

  @Field(() => [String], { nullable: true, description: 'The new languages, BCP 47 codes, replacing the old list.' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The new section (wing).' })
  section?: string | null;
}
