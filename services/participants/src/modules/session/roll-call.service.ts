import type { Context } from '../../context';
import { rollCallView, seenAs } from '../../policy';

const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, 'nl') || a.firstName.localeCompare(b.firstName, 'nl');

/**
 * A session's roll call: each participant expected (ENROLLED in its activity, not suspended at it), by name, seen as much as
 * the caller's view through the activity allows (volunteers: display names only), whether they are
 * expected at an overlapping session of another activity too, and their mark so far. Batched per request:
 * the same statements for any number of sessions. The activity comes from the gateway (@requires), so a
 * session this service has not heard of yet still lists who is expected, without marks or clashes.
 */
export async function rollCall(ctx: Context, sessionId: string, activityId: string | undefined) {
  const activity = activityId ? await ctx.loaders.activityView.load(activityId) : null;
  if (!activity) return [];
  const view = rollCallView(ctx.caller, activity);
  const [enrolments, marks, elsewhere, suspended] = await Promise.all([
    ctx.loaders.enrolmentsOfActivity.load(activity.id),
    ctx.loaders.marksOfSession.load(sessionId),
    ctx.loaders.expectedElsewhere.load(sessionId),
    ctx.loaders.suspendedAtSession.load(sessionId),
  ]);
  const enrolled = enrolments.filter((e) => e.status === 'ENROLLED' && !suspended.has(e.participantId));
  const participants = await ctx.loaders.participant.loadMany(enrolled.map((e) => e.participantId));
  return participants
    .filter((p): p is Exclude<typeof p, Error | null> => p !== null && !(p instanceof Error))
    .sort(byName)
    .map((p) => {
      const participant = seenAs(p, view);
      const mark = marks.find((m) => m.participantId === p.id);
      return {
        participantId: p.id,
        participant,
        expectedElsewhere: elsewhere.has(p.id),
        mark: mark ? { ...mark, participant } : null,
      };
    });
}
