import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '@cort/subgraph';
import type { Context } from '../../context';
import { FollowUpStatus } from '../../shared/follow-up-enums';
import { Enrolment } from '../enrolment/enrolment.type';
import { Participant } from '../participant/participant.type';
import { FollowUpConversationInput } from './follow-up.inputs';
import {
  conversationOf,
  dropoutFollowUps,
  enrolmentOfFollowUp,
  participantOfFollowUp,
  recordFollowUpConversation,
} from './follow-up.service';
import { DropoutFollowUp, DropoutFollowUpConnection, FollowUpConversation, RecordFollowUpConversationPayload } from './follow-up.type';

/** Dropout follow-ups: the coordinators' list, the conversation that closes one, and their fields; the use cases are follow-up.service.ts. */
@Resolver(() => DropoutFollowUp)
export class FollowUpResolver {
  @Query(() => DropoutFollowUpConnection, {
    description:
      "The dropout follow-ups of one of your prisons, oldest first: opened when an enrolment is marked DROPPED_OUT or after three unexcused absences or refusals in a row. For the prison's coordinators and policy coordinators only.",
  })
  dropoutFollowUps(
    @Arg('prisonId', () => ID, { description: 'The prison whose follow-ups to list.' }) prisonId: string,
    @Ctx() ctx: Context,
    @Arg('status', () => FollowUpStatus, { nullable: true, description: 'Only the follow-ups in this status; all of them when left out.' })
    status?: FollowUpStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many follow-ups to return (a page of at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the follow-up the page starts after.' }) after?: string,
  ) {
    return dropoutFollowUps(ctx, prisonId, status, pageOf(first, after));
  }

  @Mutation(() => RecordFollowUpConversationPayload, {
    description:
      'Records the feedback conversation with a participant who dropped out or stopped coming, and closes the follow-up (DONE). A closed follow-up is a CONFLICT; RESUMED puts a DROPPED_OUT enrolment back on a free place, else at the end of the waiting list.',
  })
  async recordFollowUpConversation(
    @Arg('input', () => FollowUpConversationInput, { description: 'The conversation: when, why they stopped, what comes of it.' })
    input: FollowUpConversationInput,
    @Ctx() ctx: Context,
  ): Promise<RecordFollowUpConversationPayload> {
    return { followUp: await recordFollowUpConversation(ctx, input) };
  }

  @FieldResolver(() => Participant, { description: 'The participant it is about.' })
  participant(@Root() followUp: DropoutFollowUp, @Ctx() ctx: Context) {
    return participantOfFollowUp(ctx, followUp);
  }

  @FieldResolver(() => Enrolment, { description: 'The enrolment it follows up, as it is now (RESUMED may have put it back).' })
  enrolment(@Root() followUp: DropoutFollowUp, @Ctx() ctx: Context) {
    return enrolmentOfFollowUp(ctx, followUp);
  }

  @FieldResolver(() => FollowUpConversation, { nullable: true, description: 'The feedback conversation; null until it is recorded.' })
  conversation(@Root() followUp: DropoutFollowUp) {
    return conversationOf(followUp);
  }
}
