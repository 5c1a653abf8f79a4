import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { ActivityEnrolmentLists, ActivityEnrolments, activityReference } from './modules/activity/activity.resolver';
import { DataExportResolver } from './modules/data-export/data-export.resolver';
import { EnrolmentMoves } from './modules/enrolment/enrolment.moves';
import { EnrolmentRequests } from './modules/enrolment/enrolment.request';
import { EnrolmentFields } from './modules/enrolment/enrolment.resolver';
import { ParticipantMutations } from './modules/participant/participant.mutations';
import { participantReference } from './modules/participant/participant.reference';
import { ParticipantResolver } from './modules/participant/participant.resolver';
import { SessionParticipants, sessionReference } from './modules/session/session.resolver';
import { Session } from './modules/session/session.type';
import { participantsAuditSubjects, participantsPolicy } from './policy';

/** The participants subgraph: detainees taking part in the offer and their enrolments. */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        ParticipantResolver,
        ParticipantMutations,
        EnrolmentRequests,
        EnrolmentMoves,
        EnrolmentFields,
        ActivityEnrolments,
        ActivityEnrolmentLists,
        SessionParticipants,
        DataExportResolver,
      ],
      // Session is reached only through _entities (no field here returns it), so it is named explicitly.
      orphanedTypes: [Session],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    { ...participantReference, ...activityReference, ...sessionReference },
    { policy: participantsPolicy, auditSubjects: participantsAuditSubjects },
  );
}
