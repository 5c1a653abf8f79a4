import type { Session } from './session.type';

/** The representation carries what @requires asked the gateway for. */
export const sessionReference = {
  Session: { __resolveReference: (reference: Session) => reference },
};
