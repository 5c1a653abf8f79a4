import type { Context } from '../../context';

/** Organisation names are public (the directory shows who organises an activity); any caller may resolve one. */
export const organisationReference = {
  Organisation: {
    __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders.organisation.load(reference.id),
  },
};
