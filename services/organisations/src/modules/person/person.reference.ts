import type { Context } from '../../context';
import { visiblePerson } from './person.service';

/** The same rule as person(id): a person another subgraph points at is shown only to whom may see them. */
export const personReference = {
  Person: {
    __resolveReference: (reference: { id: string }, ctx: Context) => visiblePerson(ctx, reference.id),
  },
};
