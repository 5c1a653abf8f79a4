import { actorOf, badUserInput, conflict, loadForChange } from '@cort/subgraph';
import { calendarDate } from '@cort/common';
import type { Context } from '../../context';
import type { Enrolment, EnrolmentSuspension, Prisma, SuspensionReason } from '../../generated/prisma/client';
import { overlaps, periodOf, resumedEnd, suspensionProblem, toResume } from '../../domain/suspension';
import { enrolmentScope } from '../../policy';
import { activityOfEnrolment } from '../activity/activity.service';
import { writeMarks } from '../attendance/marks.service';
import { findEnrolment, findEnrolmentWithParticipant, lockActivity } from '../enrolment/enrolment.repository';
import { recordResumed, recordSuspended } from './suspension.events';
import { createSuspension, endSuspension, marksToExcuse, suspensionsOfEnrolment } from './suspension.repository';

// Suspending and resuming an enrolment: the coordinators of the participant's prison, like every other
// change of an enrolment, under the activity's lock (the one a roll call and a placement take), so an
// overlapping suspension asked at the same moment, or a roll call of a session in the period, is judged
// after this one and sees it.

export interface SuspendEnrolment {
  id: string;
  from: Date;
  until: Date;
  reason: SuspensionReason;
  note?: string | null;
}

const day = (date: Date) => calendarDate(date);

/**
 * Keeps an ENROLLED participant's place while they cannot come: recorded with its event, and the marks
 * already recorded at sessions in the period become NOT_REQUIRED (each change in the marks' history), so
 * the rule of three neither counts nor breaks on them. A period sharing a moment with another suspension
 * of the enrolment (not ended early before it) is a CONFLICT.
 */
export async function suspendEnrolment(ctx: Context, input: SuspendEnrolment) {
  const current = await loadForChange(ctx.caller, enrolmentScope, input.id, (id) => findEnrolmentWithParticipant(ctx.prisma, id));
  const problem = suspensionProblem(input);
  if (problem) throw badUserInput(problem.message, problem.field, { reason: problem.reason });
  const by = actorOf(ctx.caller);
  const activity = await activityOfEnrolment(ctx, current.activityId);
  const period = periodOf(input.from, input.until);
  return ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, activity.id);
    const enrolment = (await findEnrolment(tx, current.id))!;
    if (enrolment.status !== 'ENROLLED')
      throw badUserInput(`Only an ENROLLED participant can be suspended; this enrolment is ${enrolment.status}.`, 'id', {
        status: enrolment.status,
        reason: 'NOT_ENROLLED',
      });
    const clash = (await suspensionsOfEnrolment(tx, enrolment.id)).find((s) => overlaps(s, period));
    if (clash)
      throw conflict(
        `The enrolment is already suspended from ${day(clash.from)} until ${day(clash.until)}; resume that suspension or choose other days.`,
        { existingId: clash.id, reason: 'OVERLAPPING_SUSPENSION' },
      );
    const suspension = await suspendInTransaction(tx, enrolment, current.participant.prisonId, input, by);
    return { enrolment, suspension };
  });
}

/**
 * The suspension's writes, in a transaction that holds the activity's lock and has judged the enrolment
 * and the overlap: the row, the marks of the period made NOT_REQUIRED (each in the marks' history, with
 * its AttendanceMarked event), its EnrolmentSuspended event. The demo seeds through it too.
 */
export async function suspendInTransaction(
  tx: Prisma.TransactionClient,
  enrolment: Pick<Enrolment, 'id' | 'participantId' | 'activityId'>,
  prisonId: string,
  input: Omit<SuspendEnrolment, 'id'>,
  by: string,
) {
  const period = periodOf(input.from, input.until);
  const suspension = await createSuspension(tx, {
    enrolmentId: enrolment.id,
    participantId: enrolment.participantId,
    activityId: enrolment.activityId,
    prisonId,
    from: input.from,
    until: input.until,
    ...period,
    reason: input.reason,
    note: input.note?.trim() || null,
    suspendedBy: by,
  });
  const marks = await marksToExcuse(tx, enrolment.id, period);
  for (const mark of marks)
    await writeMarks(
      tx,
      mark.session,
      [{ participantId: mark.participantId, enrolmentId: mark.enrolmentId, code: 'NOT_REQUIRED', absenceReason: null, note: null }],
      by,
      null,
    );
  await recordSuspended(tx, suspension);
  return suspension;
}

/**
 * Ends the enrolment's suspension in force now (the participant is expected again from the next session),
 * or cancels the next one to come when none is in force. Marks already recorded stay as they are.
 */
export async function resumeEnrolment(ctx: Context, id: string) {
  const current = await loadForChange(ctx.caller, enrolmentScope, id, (id) => findEnrolmentWithParticipant(ctx.prisma, id));
  const by = actorOf(ctx.caller);
  return ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, current.activityId);
    const now = new Date();
    const target = toResume(await suspensionsOfEnrolment(tx, current.id), now);
    if (!target) throw badUserInput('The enrolment has no suspension in force or to come.', 'id', { reason: 'NOT_SUSPENDED' });
    const suspension = await endSuspension(tx, target.id, resumedEnd(target, now), by, now);
    await recordResumed(tx, suspension);
    return { enrolment: (await findEnrolment(tx, current.id))!, suspension };
  });
}

/** An enrolment's suspensions, oldest first; the policy admitted the readers of the participant's prison. */
export const suspensionsOf = (ctx: Context, enrolment: { id: string }): Promise<EnrolmentSuspension[]> =>
  ctx.loaders.suspensionsOfEnrolment.load(enrolment.id);
