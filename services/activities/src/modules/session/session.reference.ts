import type { Context } from '../../context';
import { visibleSession } from './session.service';

/** A session is visible exactly when its activity is. */
export const sessionReference = {
  Session: {
    __resolveReference: (reference: { id: string }, ctx: Context) => visibleSession(ctx, reference.id),
  },
};
