import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { ActivityEnrolments, activityReference } from './modules/activity/activity.resolver';
import { EnrolmentMutations } from './modules/enrolment/enrolment.mutations';
import { EnrolmentFields } from './modules/enrolment/enrolment.resolver';
import { ParticipantMutations } from './modules/participant/participant.mutations';
import { participantReference } from './modules/participant/participant.reference';
import { ParticipantResolver } from './modules/participant/participant.resolver';

/** The participants subgraph: detainees taking part in the offer and their enrolments. */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [ParticipantResolver, ParticipantMutations, EnrolmentMutations, EnrolmentFields, ActivityEnrolments],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    { ...participantReference, ...activityReference },
  );
}
