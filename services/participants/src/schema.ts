import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { ParticipantMutations } from './modules/participant/participant.mutations';
import { participantReference } from './modules/participant/participant.reference';
import { ParticipantResolver } from './modules/participant/participant.resolver';

/** The participants subgraph: detainees taking part in the offer (enrolment comes next). */
export function buildSchema() {
  return buildFederatedSchema(
    { resolvers: [ParticipantResolver, ParticipantMutations], scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
    participantReference,
  );
}
