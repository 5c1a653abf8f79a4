import type { Activity } from './activity.type';

/** The representation carries what @requires asked the gateway for. */
export const activityReference = {
  Activity: { __resolveReference: (reference: Activity) => reference },
};
