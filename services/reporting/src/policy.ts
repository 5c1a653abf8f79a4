import type { Caller } from '@cort/auth';
import type { Policy } from '@cort/subgraph';
import { canReadReportsOf } from './domain/report-access';

const READERS = {
  POLICY_COORDINATOR: 'figures of their prisons',
  COORDINATOR: 'figures of their prisons',
  ANALYST: 'figures of their prisons',
} as const;
const MANAGERS = { POLICY_COORDINATOR: 'participants of their prisons', COORDINATOR: 'participants of their prisons' } as const;

/**
 * Who may read what in the reporting service, deny by default: aggregate figures to the readers of a
 * prison, and a participant's own rows only inside their data export. docs/ACCESS.md is generated from it.
 */
export const reportingPolicy: Policy = {
  service: 'reporting',
  categories: {
    FIGURES: { personal: false, description: 'Aggregate figures of the offer, small counts suppressed' },
    DATA_EXPORT: { personal: true, description: 'The activities a participant was enrolled in, inside their data export' },
  },
  personalTypes: ['ParticipantDataExport'],
  rules: {
    'Query.offerOverview': {
      data: 'FIGURES',
      who: READERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => canReadReportsOf(caller, args.prisonId),
    },
    'ParticipantDataExport.participantId': { data: 'DATA_EXPORT', who: MANAGERS },
    'ParticipantDataExport.reporting': { data: 'DATA_EXPORT', who: MANAGERS },
    'ParticipantDataExport.__resolveReference': { data: 'DATA_EXPORT', who: MANAGERS },
  },
};
