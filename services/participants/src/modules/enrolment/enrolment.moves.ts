import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { actorOf, badUserInput, forbidden, notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityView, Enrolment, EnrolmentStatus, Prisma } from '../../generated/prisma/client';
import { moveProblem } from '../../domain/enrolment-status';
import { canManageParticipantsOf, canReadParticipantsOf } from '../../domain/participant-access';
import { ScreeningDecision } from '../../shared/enums';
import { activityOfEnrolment } from './enrolment.activity';
import { approveScreening, lockActivity, moveAndRebalance } from './enrolment.repository';
import { EnrolmentPayload } from './enrolment.type';

/** The usual check: may the enrolment move from its status to this one? */
const into = (to: EnrolmentStatus) => (status: EnrolmentStatus) => moveProblem(status, to);

type Move = (tx: Prisma.TransactionClient, enrolment: Enrolment, activity: ActivityView, by: string) => Promise<Enrolment>;

const reasonOf = (reason: string | null | undefined, what: string) => {
  const given = reason?.trim();
  if (!given) throw badUserInput(`Give the reason for the ${what}.`, 'reason');
  if (given.length > 1000) throw badUserInput('Keep the reason under 1000 characters.', 'reason');
  return given;
};

/**
 * Every change of an existing enrolment: the coordinators of the participant's prison decide; the move
 * is checked against the enrolment as it is under the activity's lock, so two coordinators acting at
 * once cannot both move it, and a freed place is handed on exactly once.
 */
async function change(ctx: Context, id: string, problemOf: (status: EnrolmentStatus) => string | null, move: Move) {
  const current = await ctx.prisma.enrolment.findUnique({ where: { id }, include: { participant: true } });
  if (!current || !canReadParticipantsOf(ctx.caller, current.participant.prisonId)) throw notFound('Enrolment', id);
  if (!canManageParticipantsOf(ctx.caller, current.participant.prisonId))
    throw forbidden('Only a coordinator of the prison changes enrolments.');
  const by = actorOf(ctx.caller);
  const activity = await activityOfEnrolment(ctx, current.activityId);
  const enrolment = await ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, activity.id);
    const fresh = await tx.enrolment.findUniqueOrThrow({ where: { id } });
    const problem = problemOf(fresh.status);
    if (problem) throw badUserInput(problem, 'id', { status: fresh.status });
    return move(tx, fresh, activity, by);
  });
  return { enrolment };
}

@Resolver()
export class EnrolmentMoves {
  @Mutation(() => EnrolmentPayload, { description: 'The participant leaves; a place freed goes to the head of the waiting list.' })
  withdrawEnrolment(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    const why = reasonOf(reason, 'withdrawal');
    return change(ctx, id, into('WITHDRAWN'), (tx, e, activity, by) => moveAndRebalance(tx, e, activity, 'WITHDRAWN', by, why));
  }

  @Mutation(() => EnrolmentPayload, { description: 'The participant finished the activity; their place goes to the waiting list.' })
  completeEnrolment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return change(ctx, id, into('COMPLETED'), (tx, e, activity, by) => moveAndRebalance(tx, e, activity, 'COMPLETED', by, null));
  }

  @Mutation(() => EnrolmentPayload, { description: 'The participant stopped coming; the reason feeds the dropout follow-up.' })
  markDroppedOut(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    const why = reasonOf(reason, 'dropout');
    return change(ctx, id, into('DROPPED_OUT'), (tx, e, activity, by) => moveAndRebalance(tx, e, activity, 'DROPPED_OUT', by, why));
  }

  @Mutation(() => EnrolmentPayload, {
    description: 'Ends the screening: APPROVED takes a free place or joins the end of the waiting list; REJECTED (with a reason) ends it.',
  })
  decideScreening(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ScreeningDecision) decision: ScreeningDecision,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    if (decision === ScreeningDecision.REJECTED) {
      const why = reasonOf(reason, 'rejection');
      return change(ctx, id, into('REJECTED'), (tx, e, activity, by) => moveAndRebalance(tx, e, activity, 'REJECTED', by, why));
    }
    const note = reason?.trim() || null;
    // Where it lands (a place or the list) is decided under the lock, by approveScreening.
    const inScreening = (status: EnrolmentStatus) => (status === 'IN_SCREENING' ? null : 'Only an enrolment in screening can be decided.');
    return change(ctx, id, inScreening, (tx, e, activity, by) => approveScreening(tx, e, activity, by, note));
  }
}
