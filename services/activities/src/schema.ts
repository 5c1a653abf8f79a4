import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { activityReference } from './modules/activity/activity.reference';
import { ActivityResolver } from './modules/activity/activity.resolver';
import { ActivityAcknowledgementResolver } from './modules/activity-acknowledgement/activity-acknowledgement.resolver';
import { ActivityWishesResolver, NeedsAssessmentResolver, WishResolver } from './modules/needs-assessment/needs-assessment.resolver';
import { ActivityEvaluationResolver, EvaluationResolver } from './modules/evaluation/evaluation.resolver';
import { PrisonResolver } from './modules/prison/prison.resolver';
import { prisonReference } from './modules/prison/prison.reference';
import { SessionResolver } from './modules/session/session.resolver';
import { SessionAtRiskResolver } from './modules/session-at-risk/session-at-risk.resolver';
import { sessionReference } from './modules/session/session.reference';
import { wishReference } from './modules/needs-assessment/wish.reference';
import { activitiesPolicy } from './policy';

/** The entities other subgraphs point at, each with its reference resolver (guarded by the policy). */
export const activitiesReferences = { ...prisonReference, ...activityReference, ...sessionReference, ...wishReference };

/** The activities subgraph: prisons, rooms, activities and their sessions. */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        PrisonResolver,
        ActivityResolver,
        SessionResolver,
        SessionAtRiskResolver,
        NeedsAssessmentResolver,
        WishResolver,
        ActivityWishesResolver,
        EvaluationResolver,
        ActivityEvaluationResolver,
        ActivityAcknowledgementResolver,
      ],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    activitiesReferences,
    { policy: activitiesPolicy },
  );
}
