import { badUserInput } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityView } from '../../generated/prisma/client';
import { coalescedReadsOf } from '../../coalesced-reads';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a request waits for the activities feed to bring a change made a moment ago. */
const CATCH_UP_MS = 3_000;

/**
 * The activity as this service knows it from the activities feed. One it has not heard of, or not in
 * the state wanted, may have changed a moment ago: catch up on the feed first, again for up to a few
 * seconds (the feed holds back events while older transactions on the database server are still
 * running), then judge.
 */
async function viewOf(ctx: Context, activityId: string, wanted: (activity: ActivityView | null) => boolean, waitMs = CATCH_UP_MS) {
  const deadline = Date.now() + waitMs;
  // Through the request's loader, so that the answer's fields (the participant as seen through this
  // activity) read it no second time; after catching up the loader forgets it and reads it again.
  let activity = await ctx.loaders.activityView.load(activityId);
  for (let attempt = 0; !wanted(activity) && Date.now() < deadline; attempt++) {
    if (attempt) await pause(100);
    await ctx.activities.catchUp();
    activity = await ctx.loaders.activityView.clear(activityId).load(activityId);
  }
  return activity;
}

/** An activity to enrol in: it must exist; whether it is open is judged by the eligibility rules. */
export async function activityToEnrolIn(ctx: Context, activityId: string) {
  // Requests for one activity that arrive together (a burst) read it once between them; the request's loader
  // then holds it, one this service has not heard of too (as null), and reads it again only when catching up
  // on the feed.
  ctx.loaders.activityView.prime(activityId, await coalescedReadsOf(ctx.prisma).activityView.load(activityId));
  const activity = await viewOf(ctx, activityId, (a) => a?.status === 'PUBLISHED');
  if (!activity)
    throw badUserInput(`Activity ${activityId} does not exist or is not open for enrolment.`, 'activityId', {
      reason: 'ACTIVITY_NOT_OPEN',
    });
  return activity;
}

/** The activity of an existing enrolment: known to this service, since it was enrolled in. */
export async function activityOfEnrolment(ctx: Context, activityId: string) {
  const activity = await viewOf(ctx, activityId, (a) => a !== null);
  if (!activity) throw new Error(`The activity of an enrolment is unknown to the participants service.`);
  return activity;
}

/**
 * An activity to check an enrolment against: null when this service has not heard of it, even after catching
 * up. A query waits less than a request: well inside the gateway's read timeout.
 */
export const activityToCheck = (ctx: Context, activityId: string) =>
  viewOf(ctx, activityId, (a) => a?.status === 'PUBLISHED', CATCH_UP_MS / 3);
