import type { Request, RequestHandler, Response } from 'express';
import type { Metrics } from '@cort/common';
import type { OperationRequest, PublicOperation } from './public-operations';

const NAMED_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+(\w+)/;

/** The client's operation name: as sent, else the directory operation's, else the document's first. */
function operationNameOf(req: Request, res: Response): string | undefined {
  const sent = (req.body as { operationName?: unknown } | undefined)?.operationName ?? req.query.operationName;
  if (typeof sent === 'string') return sent;
  const publicOperation = res.locals.publicOperation as PublicOperation | undefined;
  if (publicOperation) return publicOperation.name;
  const query = (res.locals.operationRequest as OperationRequest | undefined)?.query;
  return query === undefined ? undefined : NAMED_OPERATION.exec(query)?.[1];
}

/**
 * Counts every answer of the GraphQL endpoint and times it, whoever wrote it (Apollo, or the edge's
 * refusals before it: token, body size, rate, anonymous allow-list). An answer is an error when it
 * carries an error body (`answerErrors` notes its codes) or an HTTP error status. The operation label is
 * the client's operation name, bounded (see Metrics.operation).
 */
export function countRequests(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    // Whoever answers after this leaves the counting to it (a directory cache hit by POST, see directory-cache/serve.ts).
    res.locals.counted = true;
    const stop = metrics.duration.startTimer();
    res.once('finish', () => {
      const labels = metrics.operationLabels(operationNameOf(req, res));
      const failed = res.statusCode >= 400 || (res.locals.errorCodes as string[] | undefined)?.length;
      metrics.requests.inc(failed ? labels.error : labels.ok);
      stop(labels.timed);
    });
    next();
  };
}
