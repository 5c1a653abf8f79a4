import type { Context } from '../../context';
import { canReadParticipantsOf } from '../../domain/participant-access';
import { seenAs } from './participant.view';

/** The same rule as participant(id): other subgraphs pointing at a participant get null when the caller may not see them. */
export const participantReference = {
  Participant: {
    __resolveReference: async (reference: { id: string }, { loaders, caller }: Context) => {
      const participant = await loaders.participant.load(reference.id);
      return participant && canReadParticipantsOf(caller, participant.prisonId) ? seenAs(participant, 'FULL') : null;
    },
  },
};
