import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { actorOf, badUserInput, conflict, forbidden, notFound, refuseProblems, requirePrison } from '@cort/subgraph';
import type { Context } from '../../context';
import { Prisma } from '../../generated/prisma/client';
import { canManageParticipantsOf, canReadParticipantsOf, PARTICIPANT_MANAGERS } from '../../domain/participant-access';
import { participantProblems } from '../../domain/participant-input';
import { lockParticipant, withdrawOpenEnrolments } from '../enrolment/enrolment.repository';
import { recordParticipantEvent } from './participant.events';
import { seenAs } from './participant.view';
import { RegisterParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { ParticipantPayload } from './participant.type';

const alreadyRegistered = (id: string) =>
  conflict(`This detainee number is already registered in the prison, as participant ${id}.`, { field: 'detaineeNumber', existingId: id });

/** A participant the caller manages and who is still in custody here. */
async function participantToManage(ctx: Context, id: string) {
  const participant = await ctx.loaders.participant.load(id);
  if (!participant || !canReadParticipantsOf(ctx.caller, participant.prisonId)) throw notFound('Participant', id);
  if (!canManageParticipantsOf(ctx.caller, participant.prisonId)) throw forbidden('Only a coordinator of the prison changes participants.');
  if (participant.status !== 'IN_CUSTODY')
    throw badUserInput(`The participant is ${participant.status.toLowerCase()}; their record is closed.`, 'id');
  return participant;
}

@Resolver()
export class ParticipantMutations {
  @Mutation(() => ParticipantPayload, { description: 'A coordinator registers a detainee of one of their prisons as a participant.' })
  async registerParticipant(
    @Arg('input', () => RegisterParticipantInput) input: RegisterParticipantInput,
    @Ctx() ctx: Context,
  ): Promise<ParticipantPayload> {
    const user = requirePrison(ctx.caller, input.prisonId, PARTICIPANT_MANAGERS);
    refuseProblems(participantProblems(input));
    const detaineeNumber = input.detaineeNumber.trim();
    const existing = await ctx.prisma.participant.findUnique({
      where: { prisonId_detaineeNumber: { prisonId: input.prisonId, detaineeNumber } },
      select: { id: true },
    });
    if (existing) throw alreadyRegistered(existing.id);
    try {
      const participant = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.participant.create({
          data: {
            ...input,
            detaineeNumber,
            firstName: input.firstName.trim(),
            lastName: input.lastName.trim(),
            section: input.section?.trim() || null,
            registeredBy: user.sub,
          },
        });
        await recordParticipantEvent(tx, 'ParticipantRegistered', created);
        return created;
      });
      return { participant: seenAs(participant, 'FULL') };
    } catch (error) {
      // Two registrations of the same number at once: the unique index decides, the loser learns the winner.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const winner = await ctx.prisma.participant.findUniqueOrThrow({
          where: { prisonId_detaineeNumber: { prisonId: input.prisonId, detaineeNumber } },
        });
        throw alreadyRegistered(winner.id);
      }
      throw error;
    }
  }

  @Mutation(() => ParticipantPayload, { description: 'Changes the given fields of a participant in custody.' })
  async updateParticipant(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateParticipantInput) input: UpdateParticipantInput,
    @Ctx() ctx: Context,
  ) {
    await participantToManage(ctx, id);
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    refuseProblems(participantProblems(given));
    const participant = await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.participant.update({ where: { id }, data: given });
      await recordParticipantEvent(tx, 'ParticipantUpdated', updated);
      return updated;
    });
    return { participant: seenAs(participant, 'FULL') };
  }

  @Mutation(() => ParticipantPayload, { description: 'The participant has been released.' })
  async recordRelease(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await participantToManage(ctx, id);
    return { participant: seenAs(await this.close(ctx, id, { status: 'RELEASED' }, 'ParticipantReleased'), 'FULL') };
  }

  @Mutation(() => ParticipantPayload, { description: 'The participant has been transferred to another prison.' })
  async recordTransfer(@Arg('id', () => ID) id: string, @Arg('toPrisonId', () => ID) toPrisonId: string, @Ctx() ctx: Context) {
    const participant = await participantToManage(ctx, id);
    if (!/^[A-Z][A-Z0-9_]{1,31}$/.test(toPrisonId) || toPrisonId === participant.prisonId) {
      throw badUserInput('Name the prison code they were transferred to (another prison).', 'toPrisonId');
    }
    const closed = await this.close(ctx, id, { status: 'TRANSFERRED', transferredTo: toPrisonId }, 'ParticipantTransferred');
    return { participant: seenAs(closed, 'FULL') };
  }

  private close(
    ctx: Context,
    id: string,
    data: Prisma.ParticipantUpdateManyMutationInput,
    type: 'ParticipantReleased' | 'ParticipantTransferred',
  ) {
    const by = actorOf(ctx.caller);
    return ctx.prisma.$transaction(async (tx) => {
      // Waits for an enrolment being made for them (see holdInCustody), then closes.
      await lockParticipant(tx, id);
      // Only from IN_CUSTODY, so a release and a transfer at once cannot both happen.
      const { count } = await tx.participant.updateMany({
        where: { id, status: 'IN_CUSTODY' },
        data: { ...data, statusChangedAt: new Date() },
      });
      if (!count) throw conflict('The participant was changed by someone else meanwhile; reload and try again.');
      const closed = await tx.participant.findUniqueOrThrow({ where: { id } });
      await recordParticipantEvent(tx, type, closed);
      await withdrawOpenEnrolments(
        tx,
        id,
        by,
        type === 'ParticipantReleased' ? 'The participant was released.' : 'The participant was transferred.',
      );
      return closed;
    });
  }
}
