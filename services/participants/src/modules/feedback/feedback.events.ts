import { recordEvents } from '@cort/events';
import { participantsEvents } from '../../events';
import type { Prisma } from '../../generated/prisma/client';

interface FormScores {
  formId: string;
  satisfaction: number;
  learned: number;
  atmosphere: number;
  wouldRecommend: boolean;
}

/** The scores only, in the shuffled order they were written in: never a comment. */
export const recordFeedbackEvent = (
  tx: Prisma.TransactionClient,
  activityId: string,
  prisonId: string,
  receivedOn: string,
  forms: FormScores[],
) => recordEvents(tx, participantsEvents, 'FeedbackRecorded', [{ activityId, prisonId, receivedOn, forms }]);
