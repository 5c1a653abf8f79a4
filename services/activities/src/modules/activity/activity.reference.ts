import type { Context } from '../../context';
import { referencedActivity } from './activity.service';

/** Other subgraphs point at activities; the same visibility rule applies as for a direct read. */
export const activityReference = {
  Activity: {
    __resolveReference: (reference: { id: string }, ctx: Context) => referencedActivity(ctx, reference.id),
  },
};
