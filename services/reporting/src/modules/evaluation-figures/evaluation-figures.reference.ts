/**
 * Reporting resolves references to activities so that it can add evaluationFigures to them: by id
 * only, since an activity's own fields are the activities service's (and nodeId stays @external).
 */
export const activityReference = {
  Activity: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
};
