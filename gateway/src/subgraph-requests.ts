import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, type InternalSigner } from '@cort/auth';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './auth';
import type { Logger } from './logger';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** Headers a subgraph request keeps from what Apollo prepared; nothing the client sent is among them. */
const KEPT_HEADERS = new Set(['content-type', 'apollo-federation-include-trace']);

/**
 * Every request to a subgraph carries a fresh internal token for that subgraph (audience = its name) and
 * nothing else from the client: the caller the gateway verified, or an explicit anonymous caller.
 */
export class InternalTokenDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly sign: InternalSigner,
    private readonly logger: Logger,
  ) {
    super({ url });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http!.headers;
    for (const [name] of [...headers]) {
      if (!KEPT_HEADERS.has(name.toLowerCase())) headers.delete(name);
    }
    // Health checks and schema loading have no incoming request, hence no caller: anonymous.
    const context = options.context as Partial<GatewayContext> | undefined;
    headers.set('authorization', `Bearer ${await this.sign(context?.caller ?? ANONYMOUS, this.subgraph)}`);
    if (context?.requestId) headers.set('x-request-id', context.requestId);
  }

  /** A subgraph that answers with an HTTP error is our fault, whatever the status: log it, tell the client nothing of it. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    this.logger.error('subgraph answered with an HTTP error', { subgraph: this.subgraph, status: response.status });
    return new GraphQLError(`The ${this.subgraph} service could not answer.`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
