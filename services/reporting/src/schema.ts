import 'reflect-metadata';
import { buildFederatedSchema } from '@cort/subgraph';
import { dataExportReference } from './modules/data-export/data-export.reference';
import { ParticipantDataExport } from './modules/data-export/data-export.type';
import { OfferOverviewResolver } from './modules/offer-overview/offer-overview.resolver';
import { reportingPolicy } from './policy';

/** The reporting subgraph: the annual report's figures, from projections of the other services' events. */
export function buildSchema() {
  return buildFederatedSchema(
    // ParticipantDataExport is reached only through _entities (no field here returns it).
    { resolvers: [OfferOverviewResolver], orphanedTypes: [ParticipantDataExport] },
    dataExportReference,
    { policy: reportingPolicy },
  );
}
