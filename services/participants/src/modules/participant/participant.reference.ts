import { findVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import { participantScope, seenAs } from '../../policy';

/** The same rule as participant(id): other subgraphs pointing at a participant get null when the caller may not see them. */
export const participantReference = {
  Participant: {
    __resolveReference: async (reference: { id: string }, ctx: Context) => {
      const participant = await findVisible(ctx.caller, participantScope, reference.id, (id) => ctx.loaders.participant.load(id));
      return participant && seenAs(participant, 'FULL');
    },
  },
};
