import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { SuspensionReason } from '../../shared/suspension-enums';
import { Enrolment } from '../enrolment/enrolment.type';

/**
 * A period in which an enrolled participant cannot come and keeps their place. Personal data (why they
 * cannot come): for the coordinators and prison staff of the participant's prison; every read audited.
 */
@ObjectType({
  description:
    "A period in which an enrolled participant cannot come (isolation, hospital, court) and keeps their place: they are not expected at the activity's sessions in it, and their marks there are NOT_REQUIRED. For the coordinators and prison staff of the participant's prison; every read is audited.",
})
export class EnrolmentSuspension {
  @Field(() => ID, { description: "The suspension's id (a UUID)." })
  id!: string;

  @Field(() => DateResolver, { description: 'The first day it covers (Belgian calendar day).' })
  from!: Date;

  @Field(() => DateResolver, { description: 'The last day it covers, as asked (a resumption ends it earlier: see resumedAt).' })
  until!: Date;

  @Field(() => SuspensionReason, { description: 'Why the participant cannot come.' })
  reason!: SuspensionReason;

  @Field(() => String, { nullable: true, description: "The coordinator's note." })
  note!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  suspendedAt!: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When resumeEnrolment ended it early (or cancelled it before it began); null otherwise.',
  })
  resumedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'The moment it ends: the day after `until` at midnight, or the resumption.' })
  endsAt!: Date;

  participantId!: string;
  prisonId!: string;
}

@ObjectType({ description: 'What suspending or resuming an enrolment returns.' })
export class SuspensionPayload {
  @Field(() => Enrolment, { description: 'The enrolment, still ENROLLED: its place is kept.' })
  enrolment!: Enrolment;

  @Field(() => EnrolmentSuspension, { description: 'The suspension recorded, or the one the resumption ended.' })
  suspension!: EnrolmentSuspension;
}
