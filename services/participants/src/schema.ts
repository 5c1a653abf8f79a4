import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { activityReference } from './modules/activity/activity.reference';
import { AttendanceResolver } from './modules/attendance/attendance.resolver';
import { ActivityResolver } from './modules/activity/activity.resolver';
import { dataExportReference } from './modules/data-export/data-export.reference';
import { DataExportResolver } from './modules/data-export/data-export.resolver';
import { EnrolmentCheckResolver } from './modules/enrolment-check/enrolment-check.resolver';
import { EnrolmentResolver } from './modules/enrolment/enrolment.resolver';
import { EnrolmentReviewResolver } from './modules/enrolment-review/enrolment-review.resolver';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { FollowUpResolver } from './modules/follow-up/follow-up.resolver';
import { MovementListResolver } from './modules/movement-list/movement-list.resolver';
import { NonAssociationResolver } from './modules/non-association/non-association.resolver';
import { SecurityAdviceResolver } from './modules/security-advice/security-advice.resolver';
import { participantReference } from './modules/participant/participant.reference';
import { ParticipantResolver } from './modules/participant/participant.resolver';
import { sessionReference } from './modules/session/session.reference';
import { SessionResolver } from './modules/session/session.resolver';
import { SuspensionResolver } from './modules/suspension/suspension.resolver';
import { Session } from './modules/session/session.type';
import { participantsAuditSubjects, participantsPolicy } from './policy';

/** The participants subgraph: detainees taking part in the offer and their enrolments. */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        AttendanceResolver,
        ParticipantResolver,
        EnrolmentResolver,
        ActivityResolver,
        SessionResolver,
        DataExportResolver,
        FollowUpResolver,
        SuspensionResolver,
        EnrolmentReviewResolver,
        MovementListResolver,
        FeedbackResolver,
        NonAssociationResolver,
        EnrolmentCheckResolver,
        SecurityAdviceResolver,
      ],
      // Session is reached through _entities and the movement list; named explicitly all the same.
      orphanedTypes: [Session],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    { ...participantReference, ...activityReference, ...sessionReference, ...dataExportReference },
    { policy: participantsPolicy, auditSubjects: participantsAuditSubjects },
  );
}
