import { findVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import { wishScope } from '../../policy';

/**
 * Other subgraphs point at wishes (an action answering one); the same rule applies as for reading them
 * through the prison's needs assessments, and a wish the caller may not read answers as an unknown one.
 * Batched: one statement for all the wishes of a request.
 */
export const wishReference = {
  Wish: {
    __resolveReference: (reference: { id: string }, ctx: Context) =>
      findVisible(ctx.caller, wishScope, reference.id, (id) => ctx.loaders.wish.load(id)),
  },
};
