import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { SuspensionReason } from '../../shared/suspension-enums';

@InputType({ description: 'A period in which an enrolled participant cannot come and keeps their place.' })
export class SuspendEnrolmentInput {
  @Field(() => ID, { description: 'The ENROLLED enrolment to suspend.' })
  id!: string;

  @Field(() => DateResolver, { description: 'The first day they cannot come (Belgian calendar day; may be in the past).' })
  from!: Date;

  @Field(() => DateResolver, { description: 'The last day they cannot come, included: at most 366 days after `from`.' })
  until!: Date;

  @Field(() => SuspensionReason, { description: 'Why they cannot come.' })
  reason!: SuspensionReason;

  @Field(() => String, { nullable: true, description: 'A note (personal data: for the readers of the prison only).' })
  note?: string | null;
}

@InputType({ description: "Ends an enrolment's suspension early." })
export class ResumeEnrolmentInput {
  @Field(() => ID, {
    description: 'The suspended enrolment: its suspension in force ends now; with none in force, the next one to come is cancelled.',
  })
  id!: string;
}
