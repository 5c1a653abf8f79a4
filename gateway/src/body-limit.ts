import type { ErrorRequestHandler } from 'express';

/** The largest request body the gateway reads; the contract's operations are far below it. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The JSON body parser's refusals, answered as GraphQL errors with a stable code: 413 for a body over
 * the limit (nothing was parsed), 400 for a body that is not JSON. Anything else goes on.
 */
export const refuseOversizedBodies: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES / 1024} kB.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    return;
  }
  if (type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
};
