import type { Caller } from '@cort/auth';

/** What every subgraph's resolvers get; a service extends it with its per-request loaders. */
export interface RequestContext {
  caller: Caller;
  requestId: string;
  /** The client's operation name, as the gateway's query plan passes it on (for the audit trail). */
  operationName?: string;
}
