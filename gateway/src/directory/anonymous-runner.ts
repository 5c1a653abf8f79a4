import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@cort/auth';
import type { GatewayContext } from '../auth';
import type { RunAnonymously } from './public-answers';

/**
 * The gateway's own executor, in process, as the anonymous caller: the same plugins run as for a
 * request to /graphql (only directory operations for anonymous callers, the operation limits, the error
 * masking), and the same subgraph requests with the anonymous internal token. No token of the HTTP
 * request ever reaches it.
 */
export function anonymousRunner(apollo: ApolloServer<GatewayContext>): RunAnonymously {
  return async (query, variables, requestId) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { caller: ANONYMOUS, requestId } });
    if (response.body.kind !== 'single') throw new Error('A directory operation answered incrementally.');
    const { data, errors } = response.body.singleResult;
    return { data: data ?? undefined, ...(errors ? { errors } : {}) };
  };
}
