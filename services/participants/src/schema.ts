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
import { FollowUpResolver } from './modules/follow-up/follow-up.resolver';
import { NonAssociationResolver } from './modules/non-association/non-association.resolver';
import { SecurityAdviceResolver } from './modules/security-advice/security-advice.resolver';
import { participantReference } from './modules/participant/participant.reference';
import { ParticipantResolver } from './modules/participant/participant.resolver';
import { sessionReference } from './modules/session/session.reference';
import { SessionResolver } from './modules/session/session.resolver';
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
        NonAssociationResolver,
        EnrolmentCheckResolver,
        SecurityAdviceResolver,
      ],
      // Session is reached only through _entities (no field here returns it), so it is named explicitly.
      orphanedTypes: [Session],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    { ...participantReference, ...activityReference, ...sessionReference, ...dataExportReference },
    { policy: participantsPolicy, auditSubjects: participantsAuditSubjects },
  );
}
