import type { Caller } from '@cort/auth';

/** What every subgraph's resolvers get; a service extends it with its per-request loaders. */
export interface RequestContext {
  caller: Caller;
  requestId: string;
}
