import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Enrolment } from '../enrolment/enrolment.type';
import { ResumeEnrolmentInput, SuspendEnrolmentInput } from './suspension.inputs';
import { resumeEnrolment, suspendEnrolment, suspensionsOf } from './suspension.service';
import { EnrolmentSuspension, SuspensionPayload } from './suspension.type';

/** Suspensions of enrolments: the two changes and an enrolment's list; the use cases are suspension.service.ts. */
@Resolver(() => Enrolment)
export class SuspensionResolver {
  @Mutation(() => SuspensionPayload, {
    description:
      'An ENROLLED participant cannot come for a while (isolation, hospital, court) and keeps their place: not expected at the sessions in the period, their marks there NOT_REQUIRED. A period overlapping another suspension of the enrolment is a CONFLICT.',
  })
  async suspendEnrolment(
    @Arg('input', () => SuspendEnrolmentInput, { description: 'Which enrolment, which days, why.' }) input: SuspendEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<SuspensionPayload> {
    return suspendEnrolment(ctx, input);
  }

  @Mutation(() => SuspensionPayload, {
    description:
      'Ends the suspension in force now (the participant is expected again from the next session); with none in force, cancels the next one to come.',
  })
  async resumeEnrolment(
    @Arg('input', () => ResumeEnrolmentInput, { description: 'Which enrolment.' }) input: ResumeEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<SuspensionPayload> {
    return resumeEnrolment(ctx, input.id);
  }

  @FieldResolver(() => [EnrolmentSuspension], {
    description:
      "Its suspensions, oldest first, those ended early included. For the coordinators and prison staff of the participant's prison.",
  })
  suspensions(@Root() enrolment: Enrolment, @Ctx() ctx: Context) {
    return suspensionsOf(ctx, enrolment);
  }
}
