import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Participant } from '../participant/participant.type';
import { RecordNonAssociationInput } from './non-association.inputs';
import {
  closeNonAssociation,
  historyOf,
  participantsOfNonAssociation,
  recordNonAssociation,
  reopenNonAssociation,
} from './non-association.service';
import { NonAssociation, NonAssociationChange, NonAssociationPayload } from './non-association.type';

const ID_ARG = { description: 'The id of the non-association.' };

/** Non-associations: recording, closing and reopening one, and its fields; the use cases are non-association.service.ts. */
@Resolver(() => NonAssociation)
export class NonAssociationResolver {
  @Mutation(() => NonAssociationPayload, {
    description:
      'Records that two participants of one of your prisons must be kept apart. For the coordinators and prison staff of the prison; the same pair open twice is a CONFLICT.',
  })
  async recordNonAssociation(
    @Arg('input', () => RecordNonAssociationInput, { description: 'The prison, the two participants, the reason and a note.' })
    input: RecordNonAssociationInput,
    @Ctx() ctx: Context,
  ): Promise<NonAssociationPayload> {
    return { nonAssociation: await recordNonAssociation(ctx, input) };
  }

  @Mutation(() => NonAssociationPayload, {
    description: 'Closes an open non-association: the two participants need no longer be kept apart. Closed already is a CONFLICT.',
  })
  async closeNonAssociation(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('reason', () => String, { description: 'Why it is closed, for its history.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<NonAssociationPayload> {
    return { nonAssociation: await closeNonAssociation(ctx, id, reason) };
  }

  @Mutation(() => NonAssociationPayload, {
    description: 'Opens a closed non-association again. Open already, or the same pair open in another one, is a CONFLICT.',
  })
  async reopenNonAssociation(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true, description: 'Why it is opened again, for its history.' }) reason?: string | null,
  ): Promise<NonAssociationPayload> {
    return { nonAssociation: await reopenNonAssociation(ctx, id, reason) };
  }

  @FieldResolver(() => [Participant], { description: 'The two participants kept apart.' })
  participants(@Root() nonAssociation: NonAssociation, @Ctx() ctx: Context) {
    return participantsOfNonAssociation(ctx, nonAssociation);
  }

  @FieldResolver(() => [NonAssociationChange], { description: 'Every opening, closing and reopening, oldest first.' })
  history(@Root() nonAssociation: NonAssociation, @Ctx() ctx: Context) {
    return historyOf(ctx, nonAssociation);
  }
}
