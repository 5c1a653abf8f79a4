import { actorOf, badUserInput, conflict, connectionOf, loadForChange, refuseProblems, type Page } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityView, Enrolment, Prisma, SecurityAdviceRequest, SecurityAdviceStatus } from '../../generated/prisma/client';
import { answerProblems, approvalOf, dueOnFrom, dueOnProblem, type Answer } from '../../domain/security-advice';
import type { EnrolmentWarning } from '../../domain/enrolment-warnings';
import { securityAdviceScope } from '../../policy';
import { answer, changeDueOn, findRequest, openRequests, requestOfEnrolment, requestsOfPrison } from './security-advice.repository';

// The prison's security advice in a screening: opened with the screening when the activity requires it, the
// prison staff's queue and answer, a changed due day, and what it means for approving the screening.
// No event: the advice is words about a person, and no other service needs it.

type Tx = Prisma.TransactionClient;

/**
 * Opens the requests of the screenings that just began among these new enrolments of one activity, when it
 * requires advice (callers hold the activity's lock): one statement for a whole group of requests, none when
 * no advice is needed.
 */
export async function openAdviceIfRequired(tx: Tx, enrolments: readonly Enrolment[], activity: ActivityView, now = new Date()) {
  const screening = activity.securityAdviceRequired ? enrolments.filter((enrolment) => enrolment.status === 'IN_SCREENING') : [];
  if (!screening.length) return;
  const dueOn = dueOnFrom(now);
  await openRequests(
    tx,
    screening.map(({ id: enrolmentId, participantId, activityId }) => ({
      prisonId: activity.prisonId,
      enrolmentId,
      participantId,
      activityId,
      dueOn,
    })),
  );
}

/**
 * What the advice means for approving a screening, under the activity's lock: refused while pending
 * (SECURITY_ADVICE_PENDING); after an unfavourable advice, a warning to acknowledge (UNFAVOURABLE_ADVICE).
 */
export async function adviceWarnings(tx: Tx, enrolmentId: string): Promise<EnrolmentWarning[]> {
  const approval = approvalOf(await requestOfEnrolment(tx, enrolmentId));
  if (approval === 'PENDING')
    throw badUserInput('The prison’s security advice is still pending; approve the screening once it is given.', 'decision', {
      reason: 'SECURITY_ADVICE_PENDING',
    });
  return approval === 'UNFAVOURABLE'
    ? [{ code: 'UNFAVOURABLE_ADVICE', message: 'The prison gave an unfavourable security advice for this participant.' }]
    : [];
}

/** A prison's requests, the earliest due first; the policy admitted only the readers of the prison. */
export async function securityAdviceRequests(ctx: Context, prisonId: string, status: SecurityAdviceStatus | null | undefined, page: Page) {
  const { nodes, total } = await requestsOfPrison(ctx.prisma, prisonId, status ?? null, page);
  return connectionOf(nodes, total, page);
}

const notPending = (request: SecurityAdviceRequest) =>
  conflict(request.status === 'GIVEN' ? 'This security advice was given already.' : 'This request was withdrawn: the screening ended.', {
    status: request.status,
  });

const load = (ctx: Context, id: string) => loadForChange(ctx.caller, securityAdviceScope, id, (id) => findRequest(ctx.prisma, id));

/** The prison's answer. Answering twice, or a withdrawn request, is a CONFLICT. */
export async function giveSecurityAdvice(ctx: Context, input: Answer & { id: string }) {
  const request = await load(ctx, input.id);
  for (const problem of answerProblems(input)) throw badUserInput(problem.message, problem.field);
  if (request.status !== 'PENDING') throw notPending(request);
  const given = {
    advice: input.advice,
    conditions: input.conditions?.trim() || null,
    reason: input.reason?.trim() || null,
    givenBy: actorOf(ctx.caller),
  };
  const answered = await ctx.prisma.$transaction((tx) => answer(tx, request.id, given));
  if (!answered) throw notPending((await findRequest(ctx.prisma, request.id))!);
  return answered;
}

/** A new due day for a pending request, not before today. */
export async function changeSecurityAdviceDueOn(ctx: Context, id: string, dueOn: Date) {
  const request = await load(ctx, id);
  const problem = dueOnProblem(dueOn, new Date());
  if (problem) refuseProblems([{ field: 'dueOn', message: problem }]);
  if (request.status !== 'PENDING') throw notPending(request);
  const changed = await ctx.prisma.$transaction((tx) => changeDueOn(tx, id, dueOn));
  if (!changed) throw notPending((await findRequest(ctx.prisma, id))!);
  return changed;
}

export const enrolmentOfRequest = async (ctx: Context, request: Pick<SecurityAdviceRequest, 'enrolmentId'>) =>
  (await ctx.loaders.enrolmentById.load(request.enrolmentId))!;
