import 'reflect-metadata';
import { buildFederatedSchema } from '@cort/subgraph';
import { OfferOverviewResolver } from './modules/offer-overview/offer-overview.resolver';

/** The reporting subgraph: the annual report's figures, from projections of the other services' events. */
export function buildSchema() {
  return buildFederatedSchema({ resolvers: [OfferOverviewResolver] });
}
