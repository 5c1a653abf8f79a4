import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { SERVER_ERROR_CODES, isErrorCode, type ErrorCode, type Logger, type Metrics } from '@cort/common';
import { GENERIC_MESSAGE } from './errors';

interface ErrorBody {
  errors: { extensions?: Record<string, unknown> }[];
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

function errorBodyOf(body: unknown): ErrorBody | undefined {
  if (typeof body !== 'string' || !body.includes('"errors"')) return undefined;
  try {
    const parsed = JSON.parse(body) as Partial<ErrorBody> | null;
    return Array.isArray(parsed?.errors) && parsed.errors.length > 0 ? (parsed as ErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

/** The request id of this response, made here when nothing before (the token check) made one. */
function requestIdOf(res: Response): string {
  res.locals.requestId ??= randomUUID();
  if (!res.headersSent && !res.get('x-request-id')) res.setHeader('x-request-id', res.locals.requestId as string);
  return res.locals.requestId as string;
}

/**
 * Every JSON error body leaves through here, whoever wrote it (Apollo, the token check, the body limit,
 * the rate limiter): each error gets the request id and a code from the fixed list, and the response is
 * logged as one line with the request id and the codes. Never the messages (they may name a person)
 * nor the variables.
 */
export function answerErrors(logger: Logger, metrics?: Metrics): RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const answer = errorBodyOf(body);
      if (!answer) return send(body);
      const requestId = requestIdOf(res);
      const codes = answer.errors.map((error) => {
        const code: ErrorCode = isErrorCode(error.extensions?.code) ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
        error.extensions = { ...error.extensions, code, requestId };
        metrics?.errors.inc({ code });
        return code;
      });
      res.locals.errorCodes = codes;
      const operationName = (req.body as { operationName?: unknown } | undefined)?.operationName;
      const line = {
        requestId,
        status: res.statusCode,
        codes,
        ...(typeof operationName === 'string' && OPERATION_NAME.test(operationName) ? { operationName } : {}),
      };
      if (codes.some((code) => SERVER_ERROR_CODES.includes(code))) logger.error('answered with errors', line);
      else logger.info('answered with errors', line);
      return send(JSON.stringify(answer));
    };
    next();
  };
}

const statusOf = (error: unknown): number => {
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
};

/**
 * What fails outside GraphQL and nothing else answered (an unsupported charset or encoding, a broken
 * stream, a bug) is answered as a JSON error, never as express's HTML page with a stack trace.
 */
export function answerUnhandled(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status === 500) {
      logger.error('unhandled error', { requestId: requestIdOf(res), detail: error instanceof Error ? error.message : String(error) });
    }
    const [code, message]: [ErrorCode, string] =
      status < 500 ? ['BAD_REQUEST', 'The request could not be read.'] : ['INTERNAL_SERVER_ERROR', GENERIC_MESSAGE];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
