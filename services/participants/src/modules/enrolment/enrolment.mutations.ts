import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badUserInput, conflict, forbidden, notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import { Prisma } from '../../generated/prisma/client';
import { enrolmentRefusal } from '../../domain/eligibility';
import { moveProblem } from '../../domain/enrolment-status';
import { canManageParticipantsOf, canReadParticipantsOf } from '../../domain/participant-access';
import { lockActivity, moveAndRebalance, placeRequest } from './enrolment.repository';
import { EnrolmentPayload, RequestEnrolmentInput } from './enrolment.type';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The activity as this service knows it. One it has not heard of, or knows as not open, may have been
 * created or published a moment ago: catch up on the activities feed first (a few times, as the feed
 * holds back events of transactions that are still finishing), then judge.
 */
async function activityOf(ctx: Context, activityId: string) {
  const open = (a: { status: string } | null) => a?.status === 'PUBLISHED';
  let activity = await ctx.prisma.activityView.findUnique({ where: { id: activityId } });
  for (let attempt = 0; !open(activity) && attempt < 5; attempt++) {
    if (attempt) await pause(100);
    await ctx.activities.catchUp();
    activity = await ctx.prisma.activityView.findUnique({ where: { id: activityId } });
  }
  if (!activity)
    throw badUserInput(`Activity ${activityId} does not exist or is not open for enrolment.`, 'activityId', {
      reason: 'ACTIVITY_NOT_OPEN',
    });
  return activity;
}

@Resolver()
export class EnrolmentMutations {
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
    const by = ctx.caller.kind === 'user' ? ctx.caller.sub : 'unknown';
    const again = await ctx.prisma.enrolment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (again) return { enrolment: sameRequest(again, input) };
    const activity = await activityOf(ctx, input.activityId);
    const refusal = enrolmentRefusal(participant, activity, new Date());
    if (refusal)
      throw badUserInput(
        refusal.message,
        refusal.reason === 'OTHER_PRISON' || refusal.reason === 'NOT_IN_CUSTODY' ? 'participantId' : 'activityId',
        { reason: refusal.reason },
      );
    try {
      const enrolment = await ctx.prisma.$transaction(async (tx) => {
        await lockActivity(tx, activity.id);
        // Under the lock: the same key sent at once by a retrying client finds the first one here.
        const earlier = await tx.enrolment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
        if (earlier) return sameRequest(earlier, input);
        const open = await tx.enrolment.findFirst({
          where: {
            participantId: participant.id,
            activityId: activity.id,
            status: { in: ['REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED'] },
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

  @Mutation(() => EnrolmentPayload, { description: 'The participant leaves; a place freed goes to the head of the waiting list.' })
  async withdrawEnrolment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<EnrolmentPayload> {
    const current = await ctx.prisma.enrolment.findUnique({ where: { id }, include: { participant: true } });
    if (!current || !canReadParticipantsOf(ctx.caller, current.participant.prisonId)) throw notFound('Enrolment', id);
    if (!canManageParticipantsOf(ctx.caller, current.participant.prisonId))
      throw forbidden('Only a coordinator of the prison changes enrolments.');
    if (!reason.trim()) throw badUserInput('Give the reason for the withdrawal.', 'reason');
    const activity = await activityOf(ctx, current.activityId);
    const enrolment = await ctx.prisma.$transaction(async (tx) => {
      await lockActivity(tx, activity.id);
      const fresh = await tx.enrolment.findUniqueOrThrow({ where: { id } });
      const problem = moveProblem(fresh.status, 'WITHDRAWN');
      if (problem) throw badUserInput(problem, 'id', { status: fresh.status });
      return moveAndRebalance(tx, fresh, activity, 'WITHDRAWN', ctx.caller.kind === 'user' ? ctx.caller.sub : 'unknown', reason.trim());
    });
    return { enrolment };
  }
}

/** A repeated idempotency key must name the same request; another request under it is a client bug. */
function sameRequest<T extends { participantId: string; activityId: string }>(enrolment: T, input: RequestEnrolmentInput): T {
  if (enrolment.participantId !== input.participantId || enrolment.activityId !== input.activityId) {
    throw conflict('This idempotency key was used for another request.', { field: 'idempotencyKey' });
  }
  return enrolment;
}
