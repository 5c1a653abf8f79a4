import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, badUserInput, conflict, forbidden, notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import { Prisma } from '../../generated/prisma/client';
import { enrolmentRefusal } from '../../domain/eligibility';
import { OPEN_STATUSES } from '../../domain/enrolment-status';
import { canManageParticipantsOf, canReadParticipantsOf } from '../../domain/participant-access';
import { activityToEnrolIn } from './enrolment.activity';
import { holdInCustody, lockActivity, placeRequest } from './enrolment.repository';
import { EnrolmentPayload, RequestEnrolmentInput } from './enrolment.type';

@Resolver()
export class EnrolmentRequests {
  @Mutation(() => EnrolmentPayload, {
    description: 'Enrols a participant in an activity of the same prison: screening, a place, or the waiting list.',
  })
  async requestEnrolment(
    @Arg('input', () => RequestEnrolmentInput) input: RequestEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<EnrolmentPayload> {
    const participant = await ctx.loaders.participant.load(input.participantId);
    if (!participant || !canReadParticipantsOf(ctx.caller, participant.prisonId)) throw notFound('Participant', input.participantId);
    if (!canManageParticipantsOf(ctx.caller, participant.prisonId))
      throw forbidden('Only a coordinator of the prison enrols participants.');
    if (!input.idempotencyKey.trim() || input.idempotencyKey.length > 200)
      throw badUserInput('Give an idempotency key of 1 to 200 characters.', 'idempotencyKey');
    const by = actorOf(ctx.caller);
    const again = await ctx.prisma.enrolment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (again) return { enrolment: sameRequest(again, input) };
    const activity = await activityToEnrolIn(ctx, input.activityId);
    const refusal = enrolmentRefusal(participant, activity, new Date());
    if (refusal)
      throw badUserInput(
        refusal.message,
        refusal.reason === 'OTHER_PRISON' || refusal.reason === 'NOT_IN_CUSTODY' ? 'participantId' : 'activityId',
        { reason: refusal.reason },
      );
    try {
      const enrolment = await ctx.prisma.$transaction(async (tx) => {
        if (!(await holdInCustody(tx, participant.id)))
          throw badUserInput('The participant is no longer in custody here.', 'participantId', { reason: 'NOT_IN_CUSTODY' });
        await lockActivity(tx, activity.id);
        // Under the lock: the same key sent at once by a retrying client finds the first one here.
        const earlier = await tx.enrolment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
        if (earlier) return sameRequest(earlier, input);
        const open = await tx.enrolment.findFirst({
          where: {
            participantId: participant.id,
            activityId: activity.id,
            status: { in: [...OPEN_STATUSES] },
          },
        });
        if (open) throw conflict('The participant already has an open enrolment in this activity.', { existingId: open.id });
        return placeRequest(
          tx,
          activity,
          {
            participantId: participant.id,
            idempotencyKey: input.idempotencyKey,
            requestedBy: input.requestedBy?.trim() || null,
            note: input.note?.trim() || null,
          },
          by,
        );
      });
      return { enrolment };
    } catch (error) {
      // The database's own guard (unique key, one open enrolment) has the last word.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const earlier = await ctx.prisma.enrolment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
        if (earlier) return { enrolment: sameRequest(earlier, input) };
        throw conflict('The participant already has an open enrolment in this activity.');
      }
      throw error;
    }
  }
}

/** A repeated idempotency key must name the same request; another request under it is a client bug. */
function sameRequest<T extends { participantId: string; activityId: string }>(enrolment: T, input: RequestEnrolmentInput): T {
  if (enrolment.participantId !== input.participantId || enrolment.activityId !== input.activityId) {
    throw conflict('This idempotency key was used for another request.', { field: 'idempotencyKey' });
  }
  return enrolment;
}
