import 'reflect-metadata';
import { buildFederatedSchema } from '@cort/subgraph';
import { AnnualReportResolver } from './modules/annual-report/annual-report.resolver';
import { ActivityAttendanceResolver } from './modules/activity-attendance/activity-attendance.resolver';
import { dataExportReference } from './modules/data-export/data-export.reference';
import { ParticipantDataExport } from './modules/data-export/data-export.type';
import { activityReference } from './modules/evaluation-figures/evaluation-figures.reference';
import { EvaluationFiguresResolver } from './modules/evaluation-figures/evaluation-figures.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { NODE_TYPES } from './modules/node/node.type';
import { OfferOverviewResolver } from './modules/offer-overview/offer-overview.resolver';
import { reportingPolicy } from './policy';

/** The reporting subgraph: the annual report's figures, from projections of the other services' events. */
export function buildSchema() {
  return buildFederatedSchema(
    // ParticipantDataExport is reached only through _entities, the Node types only through node(id:).
    {
      resolvers: [OfferOverviewResolver, AnnualReportResolver, ActivityAttendanceResolver, NodeResolver, EvaluationFiguresResolver],
      orphanedTypes: [ParticipantDataExport, ...NODE_TYPES],
    },
    { ...dataExportReference, ...activityReference },
    { policy: reportingPolicy },
  );
}
