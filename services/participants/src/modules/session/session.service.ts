import type { Context } from '../../context';
import { rollCallView, seenAs } from '../../policy';

const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, 'nl') || a.firstName.localeCompare(b.firstName, 'nl');

/**
 * The roll call: the ENROLLED participants of the session's activity, by name, seen as much as the
 * caller's view through the activity allows (src/policy.ts), without those suspended at the session.
 * Batched per request: the same statements for any number of sessions. An activity this service has not
 * heard of has nobody expected yet.
 */
export async function expectedParticipants(ctx: Context, sessionId: string, activityId: string | undefined) {
  const activity = activityId ? await ctx.loaders.activityView.load(activityId) : null;
  if (!activity) return [];
  const view = rollCallView(ctx.caller, activity);
  const [enrolments, suspended] = await Promise.all([
    ctx.loaders.enrolmentsOfActivity.load(activity.id),
    ctx.loaders.suspendedAtSession.load(sessionId),
  ]);
  const enrolled = enrolments.filter((e) => e.status === 'ENROLLED' && !suspended.has(e.participantId));
  const participants = await ctx.loaders.participant.loadMany(enrolled.map((e) => e.participantId));
  return participants
    .filter((p): p is Exclude<typeof p, Error | null> => p !== null && !(p instanceof Error))
    .sort(byName)
    .map((p) => seenAs(p, view));
}
