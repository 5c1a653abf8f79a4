import { findVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import { ORGANISATION } from '../../policy';

/** Organisation names are public (the directory shows who organises an activity); any caller may resolve one. */
export const organisationReference = {
  Organisation: {
    __resolveReference: (reference: { id: string }, { caller, loaders }: Context) =>
      findVisible(caller, ORGANISATION, reference.id, (id) => loaders.organisation.load(id)),
  },
};
