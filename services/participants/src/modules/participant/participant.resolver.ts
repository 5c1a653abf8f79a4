import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { displayName } from '@cort/common';
import { pageOf } from '@cort/subgraph';
import type { Context } from '../../context';
import { Enrolment } from '../enrolment/enrolment.type';
import { nonAssociationsOfParticipant } from '../non-association/non-association.service';
import { NonAssociation } from '../non-association/non-association.type';
import { Prison } from '../prison/prison.type';
import { RegisterParticipantInput, UpdateParticipantInput } from './participant.inputs';
import {
  participantById,
  participantsOf,
  recordRelease,
  recordTransfer,
  registerParticipant,
  updateParticipant,
} from './participant.service';
import { Participant, ParticipantConnection, ParticipantPayload } from './participant.type';

const PARTICIPANT_ID = { description: 'The id of the participant.' };

/** Participants: the queries, the changes to a participant and their fields; the use cases are participant.service.ts. */
@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => ParticipantConnection, {
    description: 'The participants of one of your prisons, by name; search matches names and detainee numbers.',
  })
  participants(
    @Arg('prisonId', () => ID, { description: 'The prison whose participants to list.' }) prisonId: string,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Part of a first name, last name or detainee number.' })
    search?: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many participants to return (a page).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the participant the page starts after.' })
    after?: string,
  ) {
    return participantsOf(ctx, prisonId, search, pageOf(first, after));
  }

  @Query(() => Participant, { description: 'One participant of one of your prisons.' })
  participant(@Arg('id', () => ID, PARTICIPANT_ID) id: string, @Ctx() ctx: Context) {
    return participantById(ctx, id);
  }

  @Mutation(() => ParticipantPayload, { description: 'A coordinator registers a detainee of one of their prisons as a participant.' })
  async registerParticipant(
    @Arg('input', () => RegisterParticipantInput, { description: 'The detainee, in one of your prisons.' }) input: RegisterParticipantInput,
    @Ctx() ctx: Context,
  ): Promise<ParticipantPayload> {
    return { participant: await registerParticipant(ctx, input) };
  }

  @Mutation(() => ParticipantPayload, { description: 'Changes the given fields of a participant in custody.' })
  async updateParticipant(
    @Arg('id', () => ID, PARTICIPANT_ID) id: string,
    @Arg('input', () => UpdateParticipantInput, { description: 'The fields to change; those left out stay as they are.' })
    input: UpdateParticipantInput,
    @Ctx() ctx: Context,
  ) {
    return { participant: await updateParticipant(ctx, id, input) };
  }

  @Mutation(() => ParticipantPayload, { description: 'The participant has been released.' })
  async recordRelease(@Arg('id', () => ID, PARTICIPANT_ID) id: string, @Ctx() ctx: Context) {
    return { participant: await recordRelease(ctx, id) };
  }

  @Mutation(() => ParticipantPayload, { description: 'The participant has been transferred to another prison.' })
  async recordTransfer(
    @Arg('id', () => ID, PARTICIPANT_ID) id: string,
    @Arg('toPrisonId', () => ID, { description: 'The code of the prison they were transferred to.' }) toPrisonId: string,
    @Ctx() ctx: Context,
  ) {
    return { participant: await recordTransfer(ctx, id, toPrisonId) };
  }

  @FieldResolver(() => String, { description: 'First name and the initial of the last name.' })
  displayName(@Root() participant: Participant): string {
    return displayName(participant.firstName, participant.lastName);
  }

  @FieldResolver(() => Prison, {
    nullable: true,
    description: 'The prison they are registered in; null while the activities service is unavailable.',
  })
  prison(@Root() participant: Participant): Prison {
    return { id: participant.prisonId };
  }

  @FieldResolver(() => [Enrolment], { description: 'Their enrolments, newest first.' })
  enrolments(@Root() participant: Participant, @Ctx() { loaders }: Context) {
    return loaders.enrolmentsOfParticipant.load(participant.id);
  }

  @FieldResolver(() => [NonAssociation], {
    description:
      'The people they must be kept apart from, open ones first, then closed ones; newest first. For the coordinators and prison staff of their prison only.',
  })
  nonAssociations(@Root() participant: Participant, @Ctx() ctx: Context) {
    return nonAssociationsOfParticipant(ctx, participant.id);
  }

  @FieldResolver(() => Prison, { nullable: true, description: 'Where they were transferred to, when they were.' })
  transferredTo(@Root() participant: Participant): Prison | null {
    return participant.transferredTo ? { id: participant.transferredTo } : null;
  }
}
