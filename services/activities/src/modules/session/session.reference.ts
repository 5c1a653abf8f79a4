import type { Context } from '../../context';
import { canSeeActivity } from '../../domain/activity-access';

/** A session is visible exactly when its activity is. */
export const sessionReference = {
  Session: {
    __resolveReference: async (reference: { id: string }, { loaders, caller }: Context) => {
      const session = await loaders.session.load(reference.id);
      const activity = session && (await loaders.activity.load(session.activityId));
      return session && activity && canSeeActivity(caller, activity) ? session : null;
    },
  },
};
