import { Field, ObjectType } from 'type-graphql';
import { EnrolmentRefusalReason, EnrolmentWarningCode } from '../../shared/enrolment-check-enums';

@ObjectType({ description: 'Something the coordinator should know before enrolling; it does not refuse, but must be acknowledged.' })
export class EnrolmentWarning {
  @Field(() => EnrolmentWarningCode, { description: 'What it is about: the code to pass in acknowledgedWarnings.' })
  code!: EnrolmentWarningCode;

  @Field(() => String, { description: 'What it means, in a sentence that names nobody.' })
  message!: string;
}

@ObjectType({
  description:
    'Before enrolling: may this participant join this activity (the reasons requestEnrolment would refuse with), and what should the coordinator know first (warnings to acknowledge). For the coordinators of the participant’s prison; audited.',
})
export class EnrolmentCheck {
  @Field(() => Boolean, { description: 'Whether requestEnrolment would take the request (once the warnings are acknowledged).' })
  eligible!: boolean;

  @Field(() => [EnrolmentRefusalReason], {
    description: 'Why not, when not eligible: the codes requestEnrolment puts in extensions.reason.',
  })
  reasons!: EnrolmentRefusalReason[];

  @Field(() => [EnrolmentWarning], {
    description: 'What to acknowledge in acknowledgedWarnings before requesting; empty when nothing applies.',
  })
  warnings!: EnrolmentWarning[];

  /** Whose check it is: the audit subject. */
  participantId!: string;
}
