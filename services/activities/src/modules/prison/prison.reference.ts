import type { Context } from '../../context';

/** Prisons are public reference data: any subgraph may point at one. */
export const prisonReference = {
  Prison: {
    __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders.prison.load(reference.id),
  },
};
