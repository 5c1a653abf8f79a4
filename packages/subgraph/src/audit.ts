import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from './context';
import type { Logger } from '@cort/common';

/** What one request read of one person's data: the categories, never the values. */
export interface AuditedRead {
  subject: string;
  categories: string[];
}

/**
 * Collects, while a request runs, whose personal data it hands out and which categories of it (the
 * policy records every admitted read of a personal field). Written once when the response is ready.
 */
export class ReadAudit {
  private readonly reads = new Map<string, Set<string>>();

  record(subject: string, category: string): void {
    let categories = this.reads.get(subject);
    if (!categories) this.reads.set(subject, (categories = new Set()));
    categories.add(category);
  }

  entries(): AuditedRead[] {
    return [...this.reads].map(([subject, categories]) => ({ subject, categories: [...categories].sort() }));
  }
}

export interface AuditedContext extends RequestContext {
  audit: ReadAudit;
}

export type AuditWriter<Context extends AuditedContext> = (reads: AuditedRead[], context: Context) => Promise<void>;

/**
 * Writes the request's audit trail before the response leaves. If that write fails, the response
 * carries no data: personal data that cannot be accounted for is not handed out.
 */
export function auditPlugin<Context extends AuditedContext>(write: AuditWriter<Context>, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const reads = contextValue.audit.entries();
          if (reads.length === 0 || response.body.kind !== 'single') return;
          try {
            await write(reads, contextValue);
          } catch (error) {
            logger.error('audit write failed: response withheld', {
              requestId: contextValue.requestId,
              detail: error instanceof Error ? error.name : 'unknown',
            });
            const withheld = new GraphQLError('The answer could not be recorded in the audit trail, so it is not given.', {
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
            });
            response.body.singleResult = { data: null, errors: [withheld.toJSON()] };
          }
        },
      };
    },
  };
}
