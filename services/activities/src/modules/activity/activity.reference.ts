import type { Context } from '../../context';
import { canSeeActivity } from '../../domain/activity-access';

/** Other subgraphs point at activities; the same visibility rule applies as for a direct read. */
export const activityReference = {
  Activity: {
    __resolveReference: async (reference: { id: string }, { loaders, caller }: Context) => {
      const activity = await loaders.activity.load(reference.id);
      return activity && canSeeActivity(caller, activity) ? activity : null;
    },
  },
};
