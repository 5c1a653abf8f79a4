import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ScreeningDecision } from '../../shared/enums';
import { EnrolmentWarningCode } from '../../shared/enrolment-check-enums';
import { DropoutReason, RejectionReason } from '../../shared/follow-up-enums';
import { Activity } from '../activity/activity.type';
import { Participant } from '../participant/participant.type';
import {
  completeEnrolment,
  decideScreening,
  historyOfEnrolment,
  markDroppedOut,
  participantOfEnrolment,
  withdrawEnrolment,
} from './enrolment.service';
import { requestEnrolment } from './enrolment-request.service';
import { Enrolment, EnrolmentChange, EnrolmentPayload, RequestEnrolmentInput } from './enrolment.type';

const ENROLMENT_ID = { description: 'The id of the enrolment.' };

/** An enrolment's fields and every change of enrolments; the use cases are enrolment.service.ts. */
@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Mutation(() => EnrolmentPayload, { description: 'The participant leaves; a place freed goes to the head of the waiting list.' })
  async withdrawEnrolment(
    @Arg('id', () => ID, ENROLMENT_ID) id: string,
    @Arg('reason', () => String, { description: 'Why they leave, in a sentence for the history.' }) reason: string,
    @Ctx() ctx: Context,
    @Arg('reasonCode', () => DropoutReason, { nullable: true, description: 'Why they leave, as one of the dropout reasons (optional).' })
    reasonCode?: DropoutReason | null,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description:
        'Optional, 1 to 200 characters, new for each withdrawal: the same key again (a retry after a lost answer) answers the same enrolment and changes nothing; a key used for another request is a CONFLICT.',
    })
    idempotencyKey?: string | null,
  ) {
    return { enrolment: await withdrawEnrolment(ctx, { id, reason, reasonCode, idempotencyKey }) };
  }

  @Mutation(() => EnrolmentPayload, { description: 'The participant finished the activity; their place goes to the waiting list.' })
  async completeEnrolment(@Arg('id', () => ID, ENROLMENT_ID) id: string, @Ctx() ctx: Context) {
    return { enrolment: await completeEnrolment(ctx, id) };
  }

  @Mutation(() => EnrolmentPayload, {
    description: 'The participant stopped coming: their place goes to the waiting list, and a dropout follow-up opens unless one is open.',
  })
  async markDroppedOut(
    @Arg('id', () => ID, ENROLMENT_ID) id: string,
    @Arg('reason', () => String, { description: 'Why they stopped coming, as far as known.' }) reason: string,
    @Ctx() ctx: Context,
    @Arg('reasonCode', () => DropoutReason, {
      nullable: true,
      description: 'Why they stopped coming, as one of the dropout reasons (optional).',
    })
    reasonCode?: DropoutReason | null,
  ) {
    return { enrolment: await markDroppedOut(ctx, id, reason, reasonCode) };
  }

  @Mutation(() => EnrolmentPayload, {
    description: 'Ends the screening: APPROVED takes a free place or joins the end of the waiting list; REJECTED (with a reason) ends it.',
  })
  async decideScreening(
    @Arg('id', () => ID, ENROLMENT_ID) id: string,
    @Arg('decision', () => ScreeningDecision, { description: 'The outcome of the screening.' }) decision: ScreeningDecision,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true, description: 'Why: required for a rejection, a note for an approval.' })
    reason?: string | null,
    @Arg('reasonCode', () => RejectionReason, {
      nullable: true,
      description: 'Why a rejection, as one of the rejection reasons (optional; none for an approval).',
    })
    reasonCode?: RejectionReason | null,
    @Arg('acknowledgedWarnings', () => [EnrolmentWarningCode], {
      nullable: true,
      description:
        'For an approval: the warnings of the enrolment check you acknowledge; with one that applies left out the approval is refused (BAD_USER_INPUT, reason WARNINGS_NOT_ACKNOWLEDGED).',
    })
    acknowledgedWarnings?: EnrolmentWarningCode[] | null,
  ) {
    return {
      enrolment: await decideScreening(ctx, id, decision === ScreeningDecision.APPROVED, reason, reasonCode, acknowledgedWarnings),
    };
  }

  @Mutation(() => EnrolmentPayload, {
    description: 'Enrols a participant in an activity of the same prison: screening, a place, or the waiting list.',
  })
  async requestEnrolment(
    @Arg('input', () => RequestEnrolmentInput, { description: 'Who is to join which activity, under an idempotency key.' })
    input: RequestEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<EnrolmentPayload> {
    return { enrolment: await requestEnrolment(ctx, input) };
  }

  @FieldResolver(() => Participant, {
    description: 'The participant, as much of them as you may see through this enrolment’s activity.',
  })
  participant(@Root() enrolment: Enrolment, @Ctx() ctx: Context) {
    return participantOfEnrolment(ctx, enrolment);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'Null while the activities service is unavailable.' })
  activity(@Root() enrolment: Enrolment): Activity {
    return { id: enrolment.activityId };
  }

  @FieldResolver(() => [EnrolmentChange], { description: 'Every change, oldest first.' })
  history(@Root() enrolment: Enrolment, @Ctx() ctx: Context) {
    return historyOfEnrolment(ctx, enrolment);
  }
}
